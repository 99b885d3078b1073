package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.InvalidQuestionException;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.OptionStandard;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;

/**
 * Makes bank questions of foreign items: the file's own values where it has them, {@link ImportDefaults} where not,
 * each default noted as an {@link Assumption}. A question that breaks the bank's rules (one option for a single
 * choice, no key …) is a problem, and any problem means the file imports nothing. A choice question with two or
 * three options, below the bank's standard of four ({@link OptionStandard}), is kept with a note: it comes in as a
 * draft and must be given more options before it is submitted for review. Images are pointed at the URL the
 * caller gives for their bytes; one it cannot take is left out, with a note.
 */
public final class ItemConversion {

    /** What an import assumed for one question. */
    public record Assumption(String ref, String text) {}

    /** The questions in file order, or the problems; the images the questions use, by URL. */
    public record Converted(
            List<Question> questions,
            List<ItemProblem> problems,
            List<Assumption> assumptions,
            Map<String, byte[]> images) {}

    /** Where our exports put a short answer's rubric after its reference answer. */
    public static final String RUBRIC_MARK = "【评分要点】";

    /** Follows the bank's rule in the note on a choice question below the standard. */
    static final String BELOW_STANDARD = "（低于题库标准）：以草稿导入，补足选项后才能提交审核";

    static final String NO_REFERENCE = "原文件未提供参考答案";
    static final String WHOLE_ANSWER = "按参考答案评分";

    private static final Pattern RUBRIC_LINE = Pattern.compile("^[（(](\\d+(?:\\.\\d+)?)分[）)]\\s*(.+)$");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?\\bsrc=\"([^\"]*)\"[^>]*>");
    private static final Set<String> TRUE_WORDS = Set.of("true", "对", "正确", "√", "是", "t");
    private static final Set<String> FALSE_WORDS = Set.of("false", "错", "错误", "×", "否", "f");

    private final ImportDefaults defaults;
    private final Function<byte[], String> imageUrl;
    private final List<ItemProblem> problems = new ArrayList<>();
    private final List<Assumption> assumptions = new ArrayList<>();
    private final Map<String, byte[]> images = new LinkedHashMap<>();

    private ItemConversion(ImportDefaults defaults, Function<byte[], String> imageUrl) {
        this.defaults = defaults;
        this.imageUrl = imageUrl;
    }

    /**
     * @param imageUrl the URL an image will be stored under, or null when the bytes are no image we keep
     */
    public static Converted convert(
            List<ForeignItem> items, ImportDefaults defaults, Function<byte[], String> imageUrl) {
        ItemConversion conversion = new ItemConversion(defaults, imageUrl);
        List<Question> questions = new ArrayList<>();
        for (ForeignItem item : items) {
            Question q = conversion.question(item);
            if (q != null) {
                questions.add(q);
            }
        }
        return new Converted(questions, conversion.problems, conversion.assumptions, conversion.images);
    }

    private Question question(ForeignItem foreign) {
        ForeignItem item = foreign.mapTexts(text -> images(foreign, text));
        String ref = item.ref();
        List<String> notes = new ArrayList<>();
        try {
            QuestionType type = effectiveType(item);
            if ((item.points() == null || item.points().signum() <= 0)
                    && item.attributes().containsKey(ForeignItem.POINTS)) {
                item = item.withPoints(number(item.attributes().get(ForeignItem.POINTS)));
            }
            BigDecimal points = item.points() != null && item.points().signum() > 0
                    ? item.points().stripTrailingZeros()
                    : defaults.points().get(type);
            if (item.points() == null || item.points().signum() <= 0) {
                notes.add("分值按" + points.toPlainString() + "分");
            }
            String stem = item.stem();
            if (type == QuestionType.FILL_BLANK) {
                stem = stem.replaceAll("_{2,}", FillBlank.BLANK_MARK);
                if (!stem.contains(FillBlank.BLANK_MARK) && item.blanks().size() == 1) {
                    stem = stem + " " + FillBlank.BLANK_MARK;
                    notes.add("题干无空格标记，在末尾加了____");
                }
            }
            QuestionBody body = body(item, type, points, notes);
            // 解析 is optional: a question without one imports without one (a reviewer may ask for it)
            String explanation = item.explanation();
            String knowledge = knowledge(item, notes);
            if (knowledge == null) {
                return null;
            }
            Question q = new Question(
                    stem,
                    body,
                    points,
                    explanation,
                    knowledge,
                    secondary(item, knowledge, notes),
                    difficulty(item, notes),
                    cognitive(item, notes),
                    levels(item, notes),
                    item.attributes().getOrDefault(ForeignItem.SOURCE, ""));
            OptionStandard.shortfalls(q).forEach(m -> notes.add(m + BELOW_STANDARD));
            if (!notes.isEmpty()) {
                assumptions.add(new Assumption(ref, String.join("；", notes)));
            }
            return q;
        } catch (InvalidQuestionException e) {
            e.messages().forEach(m -> problems.add(new ItemProblem(ref, m)));
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new ItemProblem(ref, e.getMessage()));
            return null;
        }
    }

    /** A two-option choice of 对/错 (True/False) is a 判断 in this bank. */
    private static QuestionType effectiveType(ForeignItem item) {
        if (item.type() == QuestionType.SINGLE_CHOICE && item.options().size() == 2 && truth(item, 0) != null) {
            Boolean first = truth(item, 0);
            Boolean second = truth(item, 1);
            if (second != null && !first.equals(second)) {
                return QuestionType.TRUE_FALSE;
            }
        }
        return item.type();
    }

    private static Boolean truth(ForeignItem item, int option) {
        String t = plain(item.options().get(option)).strip().toLowerCase(java.util.Locale.ROOT);
        return TRUE_WORDS.contains(t) ? Boolean.TRUE : FALSE_WORDS.contains(t) ? Boolean.FALSE : null;
    }

    private QuestionBody body(ForeignItem item, QuestionType type, BigDecimal points, List<String> notes) {
        return switch (type) {
            case SINGLE_CHOICE ->
                new SingleChoice(options(item), label(item.correct().get(0)));
            case MULTIPLE_CHOICE ->
                new MultipleChoice(
                        options(item),
                        item.correct().stream().map(ItemConversion::label).toList());
            case TRUE_FALSE ->
                item.type() == QuestionType.TRUE_FALSE
                        ? new TrueFalse(item.truth())
                        : new TrueFalse(truth(item, item.correct().get(0)));
            case FILL_BLANK -> new FillBlank(blanks(item));
            default -> shortAnswer(item, points, notes);
        };
    }

    private static List<Blank> blanks(ForeignItem item) {
        List<Blank> blanks = new ArrayList<>();
        for (int i = 0; i < item.blanks().size(); i++) {
            String rules = item.attributes().get(ForeignItem.BLANK + (i + 1));
            BlankMatching matching = rules != null
                    ? BlankMatching.parse(rules)
                    : item.tolerance() == null
                            ? BlankMatching.DEFAULT
                            : BlankMatching.DEFAULT.withTolerance(item.tolerance());
            blanks.add(new Blank(item.blanks().get(i), matching));
        }
        return blanks;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace("分", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ShortAnswer shortAnswer(ForeignItem item, BigDecimal points, List<String> notes) {
        String reference = item.referenceAnswer();
        List<RubricPoint> rubric = new ArrayList<>();
        int mark = reference.indexOf(RUBRIC_MARK);
        if (mark >= 0) {
            for (String line : plain(
                            reference.substring(mark + RUBRIC_MARK.length()).replace("<br/>", "\n"))
                    .split("\n")) {
                Matcher m = RUBRIC_LINE.matcher(line.strip());
                if (m.matches()) {
                    rubric.add(new RubricPoint(new BigDecimal(m.group(1)), m.group(2)));
                }
            }
            reference = reference.substring(0, mark).strip();
        }
        if (plain(reference).isBlank()) {
            reference = NO_REFERENCE;
            notes.add("无参考答案，记作「" + NO_REFERENCE + "」");
        }
        if (rubric.isEmpty()) {
            rubric.add(new RubricPoint(points, WHOLE_ANSWER));
            notes.add("评分要点记作一条「" + WHOLE_ANSWER + "」");
        }
        return new ShortAnswer(reference, rubric);
    }

    private static List<Option> options(ForeignItem item) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < item.options().size(); i++) {
            options.add(new Option(label(i), item.options().get(i)));
        }
        return options;
    }

    private static String label(int index) {
        return index < Option.LABELS.length() ? String.valueOf(Option.LABELS.charAt(index)) : "?" + (index + 1);
    }

    private String knowledge(ForeignItem item, List<String> notes) {
        String named = item.attributes().get(ForeignItem.KNOWLEDGE);
        if (named != null && !named.isBlank()) {
            String code = defaults.knowledgeByText().apply(named.strip());
            if (code != null) {
                return code;
            }
            notes.add("知识点「" + named + "」不在知识体系中");
        }
        if (!item.category().isEmpty()) {
            String code = defaults.knowledgeByPath().apply(item.category());
            if (code != null) {
                return code;
            }
        }
        if (defaults.fallbackKnowledge() == null) {
            problems.add(new ItemProblem(
                    item.ref(),
                    item.category().isEmpty()
                            ? "没有知识点，也没有选择默认知识点"
                            : "分类「" + String.join("/", item.category()) + "」对应不到知识点，也没有选择默认知识点"));
            return null;
        }
        notes.add((item.category().isEmpty() ? "无分类" : "分类「" + String.join("/", item.category()) + "」无对应知识点") + "，归入"
                + defaults.fallbackKnowledge());
        return defaults.fallbackKnowledge();
    }

    private List<String> secondary(ForeignItem item, String primary, List<String> notes) {
        String named = item.attributes().get(ForeignItem.SECONDARY);
        List<String> codes = new ArrayList<>();
        if (named == null || named.isBlank()) {
            return codes;
        }
        for (String part : named.split("[,，、;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String code = defaults.knowledgeByText().apply(part);
            if (code == null) {
                notes.add("关联知识点「" + part + "」不在知识体系中，已略去");
            } else if (!code.equals(primary) && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private Difficulty difficulty(ForeignItem item, List<String> notes) {
        String text = item.attributes().getOrDefault(ForeignItem.DIFFICULTY, "").strip();
        for (int v = Difficulty.MIN; v <= Difficulty.MAX; v++) {
            if (text.equals(String.valueOf(v)) || text.equals(Difficulty.of(v).chineseName())) {
                return Difficulty.of(v);
            }
        }
        notes.add("难度按" + defaults.difficulty().chineseName());
        return defaults.difficulty();
    }

    private CognitiveLevel cognitive(ForeignItem item, List<String> notes) {
        return CognitiveLevel.parse(item.attributes().get(ForeignItem.COGNITIVE))
                .orElseGet(() -> {
                    notes.add("认知层次按" + defaults.cognitiveLevel().chineseName());
                    return defaults.cognitiveLevel();
                });
    }

    private Set<Level> levels(ForeignItem item, List<String> notes) {
        String text = item.attributes().getOrDefault(ForeignItem.LEVELS, "");
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (String part : text.split("[,，、;；\\s]+")) {
            Level.parse(part).ifPresent(levels::add);
        }
        if (levels.isEmpty()) {
            notes.add("适用级别按默认");
            return defaults.levels();
        }
        return levels;
    }

    /** Points each {@code <img src>} naming media at the URL its bytes get; drops images there are no bytes for. */
    private String images(ForeignItem item, String text) {
        if (text == null || !text.contains("<img")) {
            return text;
        }
        Matcher m = IMG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] bytes = item.media().get(m.group(1));
            String url = bytes == null ? null : imageUrl.apply(bytes);
            String replacement = "";
            if (url != null) {
                images.put(url, bytes);
                replacement = m.group().replace("src=\"" + m.group(1) + "\"", "src=\"" + url + "\"");
            } else {
                assumptions.add(new Assumption(item.ref(), "图片「" + m.group(1) + "」缺失或格式不支持，已略去"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String plain(String html) {
        return html == null
                ? ""
                : html.replaceAll("<[^>]+>", "")
                        .replace("&nbsp;", " ")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&amp;", "&");
    }
}
