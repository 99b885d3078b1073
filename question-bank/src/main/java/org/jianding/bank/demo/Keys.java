package org.jianding.bank.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jianding.bank.item.QuestionType;

/** The keys of the format and which question types may or must use them (see FORMAT.md beside the bank). */
final class Keys {

    static final String DIFFICULTY = "难度";
    static final String COGNITIVE_LEVEL = "认知";
    static final String LEVELS = "级别";
    static final String POINTS = "分值";
    static final String STEM = "题干";
    static final String ANSWER = "答案";
    static final String REFERENCE_ANSWER = "参考答案";
    static final String RUBRIC = "评分要点";
    static final String CASE_TEXT = "案例";
    static final String EXPLANATION = "解析";
    static final String SOURCE = "来源";
    static final String SECONDARY = "关联知识点";

    /** {@code 答案1}, {@code 答案2} …: one per blank of a fill-in question. */
    static final Pattern BLANK_ANSWER = Pattern.compile("答案([1-9][0-9]*)");

    /** {@code 答案1规则} …: optional, how a blank is matched when not the default way. */
    static final Pattern BLANK_RULES = Pattern.compile("答案([1-9][0-9]*)规则");

    static final String RULES_SUFFIX = "规则";

    /** Keys a sub-question never has: it takes them from its case. */
    static final Set<String> CASE_ONLY = Set.of(DIFFICULTY, COGNITIVE_LEVEL, LEVELS, SOURCE, SECONDARY);

    private static final List<String> TOP =
            List.of(DIFFICULTY, COGNITIVE_LEVEL, LEVELS, POINTS, SECONDARY, STEM, EXPLANATION, SOURCE);
    private static final List<String> SUB = List.of(POINTS, STEM, EXPLANATION);
    private static final List<String> ALL = List.of(
            DIFFICULTY,
            COGNITIVE_LEVEL,
            LEVELS,
            POINTS,
            STEM,
            ANSWER,
            REFERENCE_ANSWER,
            RUBRIC,
            CASE_TEXT,
            EXPLANATION,
            SOURCE,
            SECONDARY);

    private Keys() {}

    static boolean known(String key) {
        return ALL.contains(key)
                || BLANK_ANSWER.matcher(key).matches()
                || BLANK_RULES.matcher(key).matches();
    }

    static boolean allowed(String key, QuestionType type, boolean sub) {
        if (type == QuestionType.FILL_BLANK
                && (BLANK_ANSWER.matcher(key).matches()
                        || BLANK_RULES.matcher(key).matches())) {
            return true;
        }
        return (sub ? SUB : TOP).contains(key) || typeKeys(type).contains(key);
    }

    /** Required keys; the numbered answers of a fill-in question are checked apart. */
    static Set<String> required(QuestionType type, boolean sub) {
        Set<String> keys = new LinkedHashSet<>();
        if (!sub) {
            keys.addAll(List.of(DIFFICULTY, COGNITIVE_LEVEL, LEVELS));
        }
        keys.add(POINTS);
        if (type != QuestionType.CASE_ANALYSIS) {
            keys.add(STEM);
        }
        keys.addAll(typeKeys(type));
        return keys;
    }

    /** Reports keys that are unknown or out of place in this block, and required keys it lacks. */
    static void check(Block block, FileProblems problems) {
        for (Entry field : block.fields) {
            if (!allowed(field.key(), block.type, block.sub)) {
                problems.report(field.line(), misplaced(field.key(), block));
            }
        }
        for (String key : required(block.type, block.sub)) {
            if (block.field(key).isEmpty()) {
                problems.report(block.line, "缺少「" + key + "」");
            }
        }
        boolean choice = block.type == QuestionType.SINGLE_CHOICE || block.type == QuestionType.MULTIPLE_CHOICE;
        if (!choice && !block.options.isEmpty()) {
            problems.report(block.options.get(0).line(), block.typeName() + "不带选项");
        }
    }

    private static String misplaced(String key, Block block) {
        if (!known(key)) {
            return "未知的键「" + key + "」";
        }
        if (block.sub && CASE_ONLY.contains(key)) {
            return "小题不写「" + key + "」，它随所属的案例分析题";
        }
        if (block.type == QuestionType.FILL_BLANK && key.equals(ANSWER)) {
            return "填空题的答案须按空编号写作「答案1」「答案2」…";
        }
        return block.typeName() + "不用「" + key + "」";
    }

    private static List<String> typeKeys(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> List.of(ANSWER);
            case FILL_BLANK -> List.of();
            case SHORT_ANSWER -> List.of(REFERENCE_ANSWER, RUBRIC);
            case CASE_ANALYSIS -> List.of(CASE_TEXT);
        };
    }
}
