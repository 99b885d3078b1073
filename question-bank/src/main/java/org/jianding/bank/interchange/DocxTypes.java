package org.jianding.bank.interchange;

import java.util.Optional;
import org.jianding.bank.item.QuestionType;

/** The words Word question files use for a type (section headings, {@code 【单选】} tags) and for difficulty. */
final class DocxTypes {

    private DocxTypes() {}

    static Optional<QuestionType> of(String title) {
        String t = title.replace("题", "").replace("项", "").replace("选择", "选");
        if (t.contains("单选")) {
            return Optional.of(QuestionType.SINGLE_CHOICE);
        } else if (t.contains("多选") || t.contains("不定")) {
            return Optional.of(QuestionType.MULTIPLE_CHOICE);
        } else if (t.contains("判断") || t.contains("是非")) {
            return Optional.of(QuestionType.TRUE_FALSE);
        } else if (t.contains("填空")) {
            return Optional.of(QuestionType.FILL_BLANK);
        } else if (t.contains("简答") || t.contains("问答") || t.contains("论述")) {
            return Optional.of(QuestionType.SHORT_ANSWER);
        }
        return Optional.empty();
    }

    /**
     * A difficulty word as the bank's 1–5: the five-step scale of exam products (极易 简单 适中 困难 极难) and the
     * bank's own names (易 较易 中 较难 难).
     */
    static String difficulty(String word) {
        return switch (word) {
            case "极易", "容易", "易" -> "1";
            case "简单", "较易" -> "2";
            case "适中", "中等", "一般", "中" -> "3";
            case "困难", "较难" -> "4";
            default -> "5";
        };
    }
}
