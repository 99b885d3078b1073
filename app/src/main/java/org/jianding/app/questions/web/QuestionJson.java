package org.jianding.app.questions.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;

/**
 * A question as the JSON API and the editor page exchange it: one flat shape for all six types, fields that do not
 * belong to the type left null. Options and rubric points are plain JSON records here (not the item model's
 * self-checking ones), so that reading a request never fails half-way: {@link #toQuestion()} then runs the item
 * model's validation part by part and reports every problem at once.
 */
public record QuestionJson(
        QuestionType type,
        String stem,
        List<OptionJson> options,
        String answer,
        List<String> answers,
        Boolean correct,
        List<List<String>> blanks,
        List<BlankRuleJson> blankRules,
        String referenceAnswer,
        List<RubricJson> rubric,
        String caseText,
        List<SubQuestionJson> subQuestions,
        String explanation,
        String knowledgePoint,
        List<String> secondaryKnowledgePoints,
        Integer difficulty,
        CognitiveLevel cognitiveLevel,
        Set<Level> levels,
        BigDecimal points,
        String source) {

    /** An option of a choice question: label A–H and its (rich) text. */
    public record OptionJson(String label, String text) {}

    /** A marking point of a short answer. */
    public record RubricJson(BigDecimal points, String description) {}

    /**
     * How one blank is matched, beside {@code blanks} at the same index: each flag switches a default normalisation
     * off, {@code tolerance} accepts numbers within it. A missing list, entry or flag means the default.
     */
    public record BlankRuleJson(
            Boolean caseSensitive,
            Boolean keepSpaces,
            Boolean keepPunctuation,
            Boolean keepWidth,
            BigDecimal tolerance) {

        static BlankRuleJson of(BlankMatching m) {
            return new BlankRuleJson(
                    !m.ignoreCase(), !m.ignoreSpaces(), !m.ignorePunctuation(), !m.foldWidth(), m.tolerance());
        }

        BlankMatching toMatching() {
            return new BlankMatching(
                    !Boolean.TRUE.equals(keepWidth),
                    !Boolean.TRUE.equals(keepSpaces),
                    !Boolean.TRUE.equals(keepPunctuation),
                    !Boolean.TRUE.equals(caseSensitive),
                    tolerance);
        }
    }

    /** A sub-question of a case analysis. */
    public record SubQuestionJson(
            QuestionType type,
            String stem,
            List<OptionJson> options,
            String answer,
            List<String> answers,
            Boolean correct,
            List<List<String>> blanks,
            List<BlankRuleJson> blankRules,
            String referenceAnswer,
            List<RubricJson> rubric,
            BigDecimal points,
            String explanation) {}

    /** The item model's question, or an {@code InvalidQuestionException} listing every problem found. */
    public Question toQuestion() {
        return QuestionJsonReader.read(this);
    }

    public static QuestionJson of(Question q) {
        Parts p = parts(q.body());
        return new QuestionJson(
                q.type(),
                q.stem(),
                p.options,
                p.answer,
                p.answers,
                p.correct,
                p.blanks,
                p.blankRules,
                p.referenceAnswer,
                p.rubric,
                p.caseText,
                p.subQuestions,
                q.explanation(),
                q.knowledgePoint(),
                q.secondaryKnowledgePoints(),
                q.difficulty().value(),
                q.cognitiveLevel(),
                q.levels(),
                q.points(),
                q.source());
    }

    private record Parts(
            List<OptionJson> options,
            String answer,
            List<String> answers,
            Boolean correct,
            List<List<String>> blanks,
            List<BlankRuleJson> blankRules,
            String referenceAnswer,
            List<RubricJson> rubric,
            String caseText,
            List<SubQuestionJson> subQuestions) {}

    private static Parts parts(QuestionBody body) {
        if (body instanceof SingleChoice s) {
            return new Parts(options(s.options()), s.answer(), null, null, null, null, null, null, null, null);
        }
        if (body instanceof MultipleChoice m) {
            return new Parts(options(m.options()), null, m.answers(), null, null, null, null, null, null, null);
        }
        if (body instanceof TrueFalse t) {
            return new Parts(null, null, null, t.answer(), null, null, null, null, null, null);
        }
        if (body instanceof FillBlank f) {
            List<List<String>> blanks = f.blanks().stream().map(Blank::accepted).toList();
            return new Parts(null, null, null, null, blanks, blankRules(f), null, null, null, null);
        }
        if (body instanceof ShortAnswer a) {
            return new Parts(null, null, null, null, null, null, a.referenceAnswer(), rubric(a.rubric()), null, null);
        }
        CaseAnalysis c = (CaseAnalysis) body;
        return new Parts(null, null, null, null, null, null, null, null, c.caseText(), subQuestions(c));
    }

    private static List<SubQuestionJson> subQuestions(CaseAnalysis c) {
        return c.subQuestions().stream()
                .map(s -> {
                    Parts p = parts(s.body());
                    return new SubQuestionJson(
                            s.type(),
                            s.stem(),
                            p.options,
                            p.answer,
                            p.answers,
                            p.correct,
                            p.blanks,
                            p.blankRules,
                            p.referenceAnswer,
                            p.rubric,
                            s.points(),
                            s.explanation());
                })
                .toList();
    }

    /** The rules of each blank, or null when every blank is matched the default way (the common case). */
    private static List<BlankRuleJson> blankRules(FillBlank f) {
        boolean allDefault = f.blanks().stream().allMatch(b -> b.matching().isDefault());
        return allDefault
                ? null
                : f.blanks().stream().map(b -> BlankRuleJson.of(b.matching())).toList();
    }

    private static List<OptionJson> options(List<Option> options) {
        return options.stream().map(o -> new OptionJson(o.label(), o.text())).toList();
    }

    private static List<RubricJson> rubric(List<RubricPoint> rubric) {
        return rubric.stream()
                .map(r -> new RubricJson(r.points(), r.description()))
                .toList();
    }
}
