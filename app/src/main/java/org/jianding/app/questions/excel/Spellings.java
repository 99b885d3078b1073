package org.jianding.app.questions.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.Level;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Spaces;

/**
 * The ways people write answers and classifications in exam spreadsheets, read into the item model's values. Each
 * reader returns empty for what it cannot read, so the caller reports it at the cell.
 */
final class Spellings {

    private static final Pattern LETTER_SEPARATORS = Pattern.compile("[\\s,、|;/]+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s,、;/|]+");
    private static final Pattern ALTERNATIVE_SEPARATORS = Pattern.compile("[|;]");
    private static final Pattern RUBRIC_POINTS_FIRST = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*分\\s*[:、,.]?\\s*(.+)$");
    private static final Pattern RUBRIC_POINTS_LAST = Pattern.compile("^(.+?)\\s*\\((\\d+(?:\\.\\d+)?)\\s*分\\)$");

    private static final Map<String, Boolean> TRUTH = truth();
    private static final Map<String, Integer> DIFFICULTY =
            Map.of("易", 1, "容易", 1, "简单", 1, "较易", 2, "中等", 3, "中", 3, "一般", 3, "较难", 4, "难", 5, "困难", 5);

    /** A rubric line: points and what earns them. */
    record RubricLine(BigDecimal points, String description) {}

    private Spellings() {}

    /** Full-width letters, digits and punctuation folded, blanks around removed. */
    static String fold(String text) {
        // every kind of space is a space and zero-width characters are nothing (a cell pasted from a web page)
        return Spaces.normalise(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** Option letters written as {@code AB}, {@code A,B}, {@code A、B}, {@code A|B} or {@code A B}, in order. */
    static Optional<List<String>> letters(String text) {
        String compact =
                LETTER_SEPARATORS.matcher(fold(text).toUpperCase(Locale.ROOT)).replaceAll("");
        if (compact.isEmpty() || !compact.chars().allMatch(c -> Option.LABELS.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact.chars().mapToObj(Character::toString).toList());
    }

    /** 对/错, 正确/错误, √/×, T/F, 是/否, Y/N and TRUE/FALSE (a Boolean cell reads so). */
    static Optional<Boolean> truth(String text) {
        return Optional.ofNullable(TRUTH.get(fold(text).toUpperCase(Locale.ROOT)));
    }

    /**
     * 1 … 5, 一级 … 五级 (一级 the easiest), 易, 较易, 中等, 较难, 难, or a 难度系数 0.x: the expected share of right
     * answers, so 0.8 and above is 易, below 0.2 难.
     */
    static Optional<Integer> difficulty(String text) {
        String t = fold(text).replaceAll("\\s+", "");
        if (t.matches("[1-5](\\.0+)?")) {
            return Optional.of(t.charAt(0) - '0');
        }
        if (isCoefficient(t)) {
            BigDecimal share = new BigDecimal(t);
            int band = share.multiply(BigDecimal.valueOf(5)).intValue();
            return Optional.of(Math.max(1, Math.min(5, 5 - band)));
        }
        if (t.matches("[一二三四五]级")) {
            return Optional.of("一二三四五".indexOf(t.charAt(0)) + 1);
        }
        if (t.matches("[1-5]级")) {
            return Optional.of(t.charAt(0) - '0');
        }
        return Optional.ofNullable(DIFFICULTY.get(t));
    }

    /** Whether a difficulty is written as a 难度系数 between 0 and 1 (0.35, .7, 1.0 is 5 and not one). */
    static boolean isCoefficient(String text) {
        return fold(text).replaceAll("\\s+", "").matches("0?\\.\\d+");
    }

    /**
     * Levels separated by spaces, commas or 、: 初级/四级, 中级/三级, 三级(中级) …, or 全部. Empty if any part is
     * unknown.
     */
    static Optional<Set<Level>> levels(String text) {
        String t = fold(text);
        if (t.equals("全部") || t.equals("所有级别")) {
            return Optional.of(EnumSet.allOf(Level.class));
        }
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (String part : LIST_SEPARATORS.split(t)) {
            if (!part.isEmpty()) {
                Optional<Level> level = Level.parse(part);
                if (level.isEmpty()) {
                    return Optional.empty();
                }
                levels.add(level.get());
            }
        }
        return levels.isEmpty() ? Optional.empty() : Optional.of(levels);
    }

    /** Codes or names separated by spaces, commas or 、. */
    static List<String> list(String text) {
        return Arrays.stream(LIST_SEPARATORS.split(fold(text)))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * Fill-in answers: one line per blank (Alt+Enter in Excel), accepted alternatives within a line separated by |
     * or ；.
     */
    static List<List<String>> blanks(String text) {
        List<List<String>> blanks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blanks.add(Arrays.stream(ALTERNATIVE_SEPARATORS.split(
                                line.replace('；', ';').replace('｜', '|')))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
            }
        }
        return blanks;
    }

    /** One rubric line, written {@code 2分 说明…} or {@code 说明…（2分）}, optionally after "- ". */
    static Optional<RubricLine> rubricLine(String line) {
        String t = line.strip().replaceFirst("^[-•·*]\\s*", "");
        Matcher first = RUBRIC_POINTS_FIRST.matcher(t);
        if (first.matches()) {
            return Optional.of(new RubricLine(
                    new BigDecimal(first.group(1)), first.group(2).strip()));
        }
        Matcher last = RUBRIC_POINTS_LAST.matcher(t.replace('（', '(').replace('）', ')'));
        if (last.matches()) {
            return Optional.of(
                    new RubricLine(new BigDecimal(last.group(2)), last.group(1).strip()));
        }
        return Optional.empty();
    }

    /** How the export writes a rubric line. */
    static String rubricLine(BigDecimal points, String description) {
        return points.stripTrailingZeros().toPlainString() + "分 " + description;
    }

    private static Map<String, Boolean> truth() {
        Map<String, Boolean> map = new java.util.HashMap<>();
        for (String t : List.of("对", "正确", "√", "✓", "✔", "T", "TRUE", "是", "Y", "YES")) {
            map.put(t, true);
        }
        for (String f : List.of("错", "错误", "×", "✗", "✘", "X", "F", "FALSE", "否", "N", "NO")) {
            map.put(f, false);
        }
        return Map.copyOf(map);
    }
}
