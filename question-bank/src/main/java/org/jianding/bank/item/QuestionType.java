package org.jianding.bank.item;

import java.util.Arrays;
import java.util.Optional;

/** The six question types. Objective ones are marked automatically; 简答 and 案例分析 need graders (in part). */
public enum QuestionType {
    SINGLE_CHOICE("单选", true),
    MULTIPLE_CHOICE("多选", true),
    TRUE_FALSE("判断", true),
    FILL_BLANK("填空", true),
    SHORT_ANSWER("简答", false),
    CASE_ANALYSIS("案例分析", false);

    private final String chineseName;
    private final boolean autoMarked;

    QuestionType(String chineseName, boolean autoMarked) {
        this.chineseName = chineseName;
        this.autoMarked = autoMarked;
    }

    /** 单选, 多选, 判断, 填空, 简答, 案例分析. */
    public String chineseName() {
        return chineseName;
    }

    public boolean autoMarked() {
        return autoMarked;
    }

    /** Reads 单选/单选题/单项选择题 and the like, or the enum name. */
    public static Optional<QuestionType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(q -> t.equalsIgnoreCase(q.name())
                        || t.equals(q.chineseName)
                        || t.equals(q.chineseName + "题")
                        || t.equals(aliasOf(q)))
                .findFirst();
    }

    private static String aliasOf(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "单项选择题";
            case MULTIPLE_CHOICE -> "多项选择题";
            case TRUE_FALSE -> "是非题";
            case FILL_BLANK -> "填空题";
            case SHORT_ANSWER -> "简答题";
            case CASE_ANALYSIS -> "案例分析题";
        };
    }
}
