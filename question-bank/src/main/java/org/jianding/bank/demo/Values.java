package org.jianding.bank.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;

/** Reads single field values; each returns {@code null} after reporting a value it cannot read. */
final class Values {

    private Values() {}

    static Difficulty difficulty(Entry entry, FileProblems problems) {
        String value = entry.value();
        if (!value.matches("[1-5]")) {
            problems.report(entry.line(), "难度须为1到5的整数，实为「" + value + "」");
            return null;
        }
        return Difficulty.of(Integer.parseInt(value));
    }

    static CognitiveLevel cognitiveLevel(Entry entry, FileProblems problems) {
        return CognitiveLevel.parse(entry.value()).orElseGet(() -> {
            problems.report(entry.line(), "认知须为了解、熟悉或掌握，实为「" + entry.value() + "」");
            return null;
        });
    }

    static Set<Level> levels(Entry entry, FileProblems problems) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        boolean readable = true;
        for (String word : words(entry.value())) {
            Level level = Level.parse(word).orElse(null);
            if (level == null) {
                problems.report(entry.line(), "未知的级别「" + word + "」，应为初级、中级、高级或资深");
                readable = false;
            } else if (!levels.add(level)) {
                problems.report(entry.line(), "级别「" + word + "」重复");
                readable = false;
            }
        }
        return readable ? levels : null;
    }

    static BigDecimal points(Entry entry, FileProblems problems) {
        String value = entry.value();
        if (!value.matches("\\d+(\\.\\d+)?")) {
            problems.report(entry.line(), "分值须为正数，如 2 或 1.5，实为「" + value + "」");
            return null;
        }
        return new BigDecimal(value);
    }

    static String letter(Entry entry, FileProblems problems) {
        String value = entry.value();
        if (!Option.isLabel(value)) {
            problems.report(entry.line(), "单选题答案须为A到H中的一个字母，实为「" + value + "」");
            return null;
        }
        return value;
    }

    static List<String> letters(Entry entry, FileProblems problems) {
        List<String> letters = words(entry.value());
        if (letters.isEmpty() || !letters.stream().allMatch(Option::isLabel)) {
            problems.report(entry.line(), "多选题答案须为以空格分隔的字母（A到H），如「A C D」，实为「" + entry.value() + "」");
            return null;
        }
        return letters;
    }

    static Boolean rightOrWrong(Entry entry, FileProblems problems) {
        return switch (entry.value()) {
            case "对" -> true;
            case "错" -> false;
            default -> {
                problems.report(entry.line(), "判断题答案须为「对」或「错」，实为「" + entry.value() + "」");
                yield null;
            }
        };
    }

    /** The alternatives of one blank, {@code a | b}; empty ones are kept for the model to report. */
    static List<String> alternatives(Entry entry) {
        return Arrays.stream(entry.value().split("\\|", -1)).map(String::strip).toList();
    }

    static List<String> words(String value) {
        return value.isBlank()
                ? List.of()
                : new ArrayList<>(Arrays.asList(value.strip().split("\\s+")));
    }
}
