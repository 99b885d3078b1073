package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.QuestionType;

/**
 * One question as another system's file writes it, before the bank's rules and defaults: texts may be HTML, images
 * are referenced by {@code <img src="name">} with their bytes in {@code media}, the key is by option position.
 * {@link ItemConversion} makes a bank question of it.
 *
 * @param ref where it is in the file, e.g. {@code 第3题「Capital」}, for messages
 * @param type one of 单选, 多选, 判断, 填空, 简答
 * @param options choice texts in file order
 * @param correct positions (from 0) of the right options
 * @param truth the answer of a true/false question
 * @param blanks accepted answers per blank, in order
 * @param tolerance a numeric blank's ± tolerance, or null
 * @param referenceAnswer an essay's reference answer (may be empty: the file had none)
 * @param category the category path the file puts the question in, outermost first (may be empty)
 * @param points the points the file gives, or null
 * @param media image bytes by the name the texts use in {@code src}
 * @param attributes what the file says of 知识点, 难度, 认知层次, 级别 (keys below), as written
 */
public record ForeignItem(
        String ref,
        QuestionType type,
        String stem,
        List<String> options,
        List<Integer> correct,
        boolean truth,
        List<List<String>> blanks,
        BigDecimal tolerance,
        String referenceAnswer,
        String explanation,
        List<String> category,
        BigDecimal points,
        Map<String, byte[]> media,
        Map<String, String> attributes) {

    /** Attribute names a file may carry (Moodle tags, QTI keywords, .docx lines), as our exports write them. */
    public static final String KNOWLEDGE = "知识点";

    public static final String SECONDARY = "关联知识点";
    public static final String DIFFICULTY = "难度";
    public static final String COGNITIVE = "认知层次";
    public static final String LEVELS = "级别";
    public static final String POINTS = "分值";
    public static final String SOURCE = "来源";
    /** {@code 空1}, {@code 空2} …: a blank's answer rules as {@link org.jianding.bank.item.BlankMatching} writes them. */
    public static final String BLANK = "空";

    public ForeignItem {
        stem = stem == null ? "" : stem.strip();
        options = List.copyOf(options);
        correct = List.copyOf(correct);
        blanks = blanks.stream().map(List::copyOf).toList();
        referenceAnswer = referenceAnswer == null ? "" : referenceAnswer.strip();
        explanation = explanation == null ? "" : explanation.strip();
        category = List.copyOf(category);
        media = Map.copyOf(media);
        attributes = Map.copyOf(attributes);
    }

    /** A choice question; several right options, or {@code multiple}, make it 多选. */
    public static ForeignItem choice(
            String ref, String stem, List<String> options, List<Integer> correct, boolean multiple) {
        QuestionType type = multiple || correct.size() > 1 ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        return new ForeignItem(
                ref, type, stem, options, correct, false, List.of(), null, "", "", List.of(), null, Map.of(), Map.of());
    }

    public static ForeignItem trueFalse(String ref, String stem, boolean truth) {
        return new ForeignItem(
                ref,
                QuestionType.TRUE_FALSE,
                stem,
                List.of(),
                List.of(),
                truth,
                List.of(),
                null,
                "",
                "",
                List.of(),
                null,
                Map.of(),
                Map.of());
    }

    public static ForeignItem fill(String ref, String stem, List<List<String>> blanks, BigDecimal tolerance) {
        return new ForeignItem(
                ref,
                QuestionType.FILL_BLANK,
                stem,
                List.of(),
                List.of(),
                false,
                blanks,
                tolerance,
                "",
                "",
                List.of(),
                null,
                Map.of(),
                Map.of());
    }

    public static ForeignItem essay(String ref, String stem, String referenceAnswer) {
        return new ForeignItem(
                ref,
                QuestionType.SHORT_ANSWER,
                stem,
                List.of(),
                List.of(),
                false,
                List.of(),
                null,
                referenceAnswer,
                "",
                List.of(),
                null,
                Map.of(),
                Map.of());
    }

    public ForeignItem withExplanation(String text) {
        return new ForeignItem(
                ref,
                type,
                stem,
                options,
                correct,
                truth,
                blanks,
                tolerance,
                referenceAnswer,
                text,
                category,
                points,
                media,
                attributes);
    }

    public ForeignItem withCategory(List<String> path) {
        return new ForeignItem(
                ref,
                type,
                stem,
                options,
                correct,
                truth,
                blanks,
                tolerance,
                referenceAnswer,
                explanation,
                path,
                points,
                media,
                attributes);
    }

    public ForeignItem withPoints(BigDecimal value) {
        return new ForeignItem(
                ref,
                type,
                stem,
                options,
                correct,
                truth,
                blanks,
                tolerance,
                referenceAnswer,
                explanation,
                category,
                value,
                media,
                attributes);
    }

    public ForeignItem withMedia(Map<String, byte[]> more) {
        Map<String, byte[]> all = new LinkedHashMap<>(media);
        all.putAll(more);
        return new ForeignItem(
                ref,
                type,
                stem,
                options,
                correct,
                truth,
                blanks,
                tolerance,
                referenceAnswer,
                explanation,
                category,
                points,
                all,
                attributes);
    }

    public ForeignItem withAttributes(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        all.putAll(more);
        return new ForeignItem(
                ref,
                type,
                stem,
                options,
                correct,
                truth,
                blanks,
                tolerance,
                referenceAnswer,
                explanation,
                category,
                points,
                media,
                all);
    }

    /** The same item with every text passed through {@code f} (used to point image sources elsewhere). */
    public ForeignItem mapTexts(java.util.function.UnaryOperator<String> f) {
        return new ForeignItem(
                ref,
                type,
                f.apply(stem),
                options.stream().map(f).toList(),
                correct,
                truth,
                blanks,
                tolerance,
                f.apply(referenceAnswer),
                f.apply(explanation),
                category,
                points,
                media,
                attributes);
    }
}
