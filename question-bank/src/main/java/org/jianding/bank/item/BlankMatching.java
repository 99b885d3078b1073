package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a fill-in blank compares a candidate's text with the accepted answers. Each normalisation can be switched
 * off for a blank where it would be wrong (e.g. letter case in a product code): full-width to half-width, spaces,
 * punctuation, letter case. With a numeric tolerance, a number within it of a numeric accepted answer also counts.
 * Part of a {@link Blank}; authors write it in Chinese words ({@link #parse}, {@link #describe}), e.g.
 * {@code 区分大小写, 保留空格, 保留标点, 区分全半角, 误差 0.01}, and an empty text is {@link #DEFAULT}.
 */
public record BlankMatching(
        boolean foldWidth, boolean ignoreSpaces, boolean ignorePunctuation, boolean ignoreCase, BigDecimal tolerance) {

    /** Every normalisation on, exact numbers. */
    public static final BlankMatching DEFAULT = new BlankMatching(true, true, true, true, null);

    /** How numbers are read for the tolerance: width folded, spaces dropped, punctuation (the point) kept. */
    private static final BlankMatching NUMBERS = new BlankMatching(true, true, false, true, null);

    /** The words of the rules, in the order {@link #describe} writes them. */
    public static final String CASE_SENSITIVE = "区分大小写";

    public static final String KEEP_SPACES = "保留空格";
    public static final String KEEP_PUNCTUATION = "保留标点";
    public static final String KEEP_WIDTH = "区分全半角";
    public static final String TOLERANCE = "误差";

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");
    private static final Pattern TOLERANCE_VALUE = Pattern.compile(TOLERANCE + "\\s*[:：]?\\s*");
    private static final Pattern TOLERANCE_RULE = Pattern.compile(TOLERANCE + "(.*)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    public BlankMatching {
        if (tolerance != null && tolerance.signum() < 0) {
            throw new InvalidQuestionException(
                    List.of(new Problem("tolerance", "数值误差不能为负数，实为" + tolerance.toPlainString())));
        }
    }

    /**
     * Reads rules written as {@link #describe} writes them: words separated by commas (半角或全角), 顿号,
     * semicolons or spaces, in any order; {@code 误差} is followed by its number. Every unknown or repeated word is
     * reported at once.
     */
    public static BlankMatching parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        BlankMatching m = DEFAULT;
        String joined =
                TOLERANCE_VALUE.matcher(text == null ? "" : text.strip()).replaceAll(TOLERANCE);
        for (String raw : SEPARATORS.split(joined, -1)) {
            String word = raw.strip();
            if (word.isEmpty()) {
                continue;
            }
            Matcher tolerance = TOLERANCE_RULE.matcher(word);
            String rule = tolerance.matches() ? TOLERANCE : word;
            if (!seen.add(rule)) {
                problems.add(new Problem("matching", "答案规则「" + rule + "」重复"));
                continue;
            }
            switch (rule) {
                case CASE_SENSITIVE -> m = m.caseSensitive();
                case KEEP_SPACES -> m = m.keepingSpaces();
                case KEEP_PUNCTUATION -> m = m.keepingPunctuation();
                case KEEP_WIDTH -> m = m.keepingWidth();
                case TOLERANCE -> {
                    String value = tolerance.group(1);
                    if (PLAIN_NUMBER.matcher(value).matches()) {
                        m = m.withTolerance(value);
                    } else {
                        problems.add(new Problem("matching.tolerance", "「误差」后须写一个不小于0的数，如「误差 0.01」，实为「" + value + "」"));
                    }
                }
                default ->
                    problems.add(new Problem(
                            "matching",
                            "未知的答案规则「" + word + "」，可写：" + CASE_SENSITIVE + "、" + KEEP_SPACES + "、" + KEEP_PUNCTUATION
                                    + "、" + KEEP_WIDTH + "、" + TOLERANCE + " 0.01"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        return m;
    }

    /** The rules in words, as {@link #parse} reads them; empty for {@link #DEFAULT}. */
    public String describe() {
        List<String> words = new ArrayList<>();
        if (!ignoreCase) {
            words.add(CASE_SENSITIVE);
        }
        if (!ignoreSpaces) {
            words.add(KEEP_SPACES);
        }
        if (!ignorePunctuation) {
            words.add(KEEP_PUNCTUATION);
        }
        if (!foldWidth) {
            words.add(KEEP_WIDTH);
        }
        if (tolerance != null) {
            words.add(TOLERANCE + " " + tolerance.toPlainString());
        }
        return String.join(", ", words);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public BlankMatching withTolerance(String tolerance) {
        return withTolerance(new BigDecimal(tolerance));
    }

    /** With this tolerance ({@code null}: numbers must match like any text). */
    public BlankMatching withTolerance(BigDecimal tolerance) {
        return new BlankMatching(foldWidth, ignoreSpaces, ignorePunctuation, ignoreCase, tolerance);
    }

    public BlankMatching caseSensitive() {
        return new BlankMatching(foldWidth, ignoreSpaces, ignorePunctuation, false, tolerance);
    }

    public BlankMatching keepingSpaces() {
        return new BlankMatching(foldWidth, false, ignorePunctuation, ignoreCase, tolerance);
    }

    public BlankMatching keepingPunctuation() {
        return new BlankMatching(foldWidth, ignoreSpaces, false, ignoreCase, tolerance);
    }

    public BlankMatching keepingWidth() {
        return new BlankMatching(false, ignoreSpaces, ignorePunctuation, ignoreCase, tolerance);
    }

    /** The text as compared under this matching. */
    public String normalise(String text) {
        String t = text == null ? "" : text;
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            int c = cp;
            if (foldWidth) {
                if (c == 0x3000) {
                    c = ' ';
                } else if (c >= 0xFF01 && c <= 0xFF5E) {
                    c = c - 0xFEE0;
                }
            }
            if (ignoreSpaces && Character.isWhitespace(c)) {
                return;
            }
            if (ignorePunctuation && isPunctuation(c)) {
                return;
            }
            if (ignoreCase) {
                c = Character.toLowerCase(c);
            }
            out.appendCodePoint(c);
        });
        return ignoreSpaces ? out.toString() : out.toString().strip();
    }

    /** True when the candidate's text matches the accepted answer. */
    public boolean matches(String given, String accepted) {
        String g = normalise(given);
        if (g.isEmpty()) {
            return false;
        }
        if (g.equals(normalise(accepted))) {
            return true;
        }
        if (tolerance != null) {
            BigDecimal a = number(accepted);
            BigDecimal b = number(given);
            return a != null && b != null && a.subtract(b).abs().compareTo(tolerance) <= 0;
        }
        return false;
    }

    /** The number a text spells (full-width digits, spaces and thousands commas allowed), or {@code null}. */
    public static BigDecimal number(String text) {
        String plain = NUMBERS.normalise(text).replace(",", "");
        try {
            return plain.isEmpty() ? null : new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
