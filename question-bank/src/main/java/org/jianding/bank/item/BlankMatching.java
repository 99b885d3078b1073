package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.exact.Fraction;

/**
 * How a fill-in blank compares a candidate's text with the accepted answers. Both are read as words and numbers
 * ({@link AnswerTokens}): numbers are compared by exact value ({@code 30.0} = {@code 30}, {@code 1,250} =
 * {@code 1250}, {@code １２} = {@code 12}, {@code 50%} = {@code 0.5}, but {@code 4.8} ≠ {@code 48}), or within the
 * blank's tolerance; words under normalisations that can each be switched off for a blank where they would be wrong
 * (e.g. letter case in a product code): full-width to half-width, spaces, punctuation, letter case. Every kind of
 * space is an ordinary space and zero-width characters are nothing ({@link Spaces}); no normalisation joins or
 * splits the digits of a number. Part of a {@link Blank}; authors write it in Chinese words ({@link #parse},
 * {@link #describe}), e.g. {@code 区分大小写, 保留空格, 保留标点, 区分全半角, 误差 0.01}, and an empty text is
 * {@link #DEFAULT}.
 */
public record BlankMatching(
        boolean foldWidth, boolean ignoreSpaces, boolean ignorePunctuation, boolean ignoreCase, BigDecimal tolerance) {

    /** Every normalisation on, exact numbers. */
    public static final BlankMatching DEFAULT = new BlankMatching(true, true, true, true, null);

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

    /**
     * The text as compared under this matching: its words normalised, each number written as its exact value in
     * angle brackets (e.g. {@code 1,250元} → {@code ⟨1250⟩元}), so two texts compare equal exactly when they match
     * without a tolerance.
     */
    public String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (AnswerTokens.Token t : comparable(text)) {
            out.append(t instanceof AnswerTokens.Number n ? "⟨" + n.value() + "⟩" : ((AnswerTokens.Word) t).text());
        }
        return out.toString();
    }

    /**
     * True when the candidate's text matches the accepted answer: the same words and numbers in the same order,
     * words equal under this blank's normalisations, numbers equal in value or, with a tolerance, within it.
     */
    public boolean matches(String given, String accepted) {
        List<AnswerTokens.Token> g = comparable(given);
        List<AnswerTokens.Token> a = comparable(accepted);
        if (g.isEmpty() || g.size() != a.size()) {
            return false;
        }
        for (int i = 0; i < g.size(); i++) {
            if (!same(g.get(i), a.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean same(AnswerTokens.Token given, AnswerTokens.Token accepted) {
        if (given instanceof AnswerTokens.Number g && accepted instanceof AnswerTokens.Number a) {
            Fraction distance = g.value().subtract(a.value()).abs();
            return distance.signum() == 0 || (tolerance != null && distance.compareTo(Fraction.of(tolerance)) <= 0);
        }
        return given.equals(accepted);
    }

    /** Words normalised (those left empty dropped), numbers as they are. */
    private List<AnswerTokens.Token> comparable(String text) {
        List<AnswerTokens.Token> out = new ArrayList<>();
        for (AnswerTokens.Token t : AnswerTokens.read(text)) {
            if (t instanceof AnswerTokens.Word w) {
                String word = word(w.text());
                if (!word.isEmpty()) {
                    out.add(new AnswerTokens.Word(word));
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A word under this matching. Spaces are already ordinary single spaces ({@link Spaces}). Where dropping
     * spaces or punctuation would bring two digits together, a separator stays, so words never join digits.
     */
    private String word(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dropped = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (foldWidth && c >= 0xFF01 && c <= 0xFF5E) {
                c = c - 0xFEE0;
            }
            if ((ignoreSpaces && c == ' ') || (ignorePunctuation && isPunctuation(c))) {
                dropped = true;
                continue;
            }
            if (dropped
                    && Character.isDigit(c)
                    && out.length() > 0
                    && Character.isDigit(out.codePointBefore(out.length()))) {
                out.append('\u0000');
            }
            dropped = false;
            out.appendCodePoint(ignoreCase ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /**
     * The exact value of a text that is one number (signs, a decimal point, thousands commas, a fraction a/b, a
     * percent sign, full-width digits and spaces around it allowed), or {@code null}.
     */
    public static Fraction number(String text) {
        return AnswerTokens.wholeNumber(text);
    }

    /**
     * True when the text is a number, alone or followed by a unit ({@code 30}, {@code 30元}, {@code 2.5 GHz}): what a
     * numeric tolerance is for. A code with a number in it ({@code AbC-1}) is not.
     */
    public static boolean isNumeric(String text) {
        List<AnswerTokens.Token> tokens = AnswerTokens.read(text);
        return !tokens.isEmpty()
                && tokens.size() <= 2
                && tokens.get(0) instanceof AnswerTokens.Number
                && (tokens.size() == 1
                        || ((AnswerTokens.Word) tokens.get(1)).text().chars().noneMatch(Character::isDigit));
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
