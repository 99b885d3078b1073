package org.jianding.bank.item;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.bank.exact.Fraction;

/**
 * A typed answer read as a sequence of words and numbers, so that numbers are compared by value and words by the
 * blank's normalisations, and no normalisation of words ever joins or splits the digits of a number.
 *
 * <p>A number is an optional sign (only where it does not follow a Latin letter or a digit, so {@code A-5} is a word and
 * 5), then either digits with at most one decimal point ({@code 30}, {@code 30.0}, {@code .5}), digits grouped
 * by thousands commas in threes ({@code 1,250.5}), or a fraction of whole numbers ({@code 2/3}), and an optional
 * percent sign ({@code 50%} is 0.5). Full-width digits, signs, points, commas, slashes and percent signs read as
 * their half-width forms whatever the blank's width rule. Digits glued to other digits by a point, comma or slash
 * in any other way ({@code 1.2.3}, {@code 1,2}, {@code 2022/12/01}) are not read as a number and stay part of a
 * word.
 */
final class AnswerTokens {

    sealed interface Token permits Word, Number {}

    /** Text between numbers, as typed (spaces already made ordinary). */
    record Word(String text) implements Token {}

    /** A number and its exact value. */
    record Number(Fraction value) implements Token {}

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,/])"
            + "((?<![\\p{IsLatin}\\d])[+-])?"
            + "(?:(\\d+)/(\\d+)|(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?|\\.(\\d+))"
            + "( ?%)?"
            + "(?!\\d|[.,/]\\d)");

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private AnswerTokens() {}

    /** The words and numbers of a text; spaces are normalised first ({@link Spaces#normalise}). */
    static List<Token> read(String text) {
        String spaced = Spaces.normalise(text);
        Matcher m = NUMBER.matcher(foldNumberSigns(spaced));
        List<Token> tokens = new ArrayList<>();
        int wordStart = 0;
        while (m.find()) {
            Fraction value = value(m);
            if (value == null) {
                continue;
            }
            if (m.start() > wordStart) {
                tokens.add(new Word(spaced.substring(wordStart, m.start())));
            }
            tokens.add(new Number(value));
            wordStart = m.end();
        }
        if (wordStart < spaced.length()) {
            tokens.add(new Word(spaced.substring(wordStart)));
        }
        return tokens;
    }

    /** The value of a whole text that is one number (spaces around it allowed), else {@code null}. */
    static Fraction wholeNumber(String text) {
        List<Token> tokens = read(text);
        return tokens.size() == 1 && tokens.get(0) instanceof Number n ? n.value() : null;
    }

    private static Fraction value(Matcher m) {
        boolean negative = "-".equals(m.group(1));
        Fraction value;
        if (m.group(2) != null) {
            BigInteger denominator = new BigInteger(m.group(3));
            if (denominator.signum() == 0) {
                return null;
            }
            value = Fraction.of(new BigInteger(m.group(2)), denominator);
        } else if (m.group(4) != null) {
            String decimals = m.group(5) == null ? "" : "." + m.group(5);
            value = Fraction.of(new BigDecimal(m.group(4).replace(",", "") + decimals));
        } else {
            value = Fraction.of(new BigDecimal("0." + m.group(6)));
        }
        if (m.group(7) != null) {
            value = value.divide(Fraction.of(HUNDRED, BigInteger.ONE));
        }
        return negative ? value.negate() : value;
    }

    /**
     * The same text, character for character, with the characters numbers are made of in their half-width form
     * (full-width digits and ＋－．，／％, the minus sign U+2212), so positions in it are positions in the text.
     */
    private static String foldNumberSigns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '０' && c <= '９') || "＋－．，／％".indexOf(c) >= 0) {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u2212') {
                c = '-';
            }
            out.append(c);
        }
        return out.toString();
    }
}
