package org.jianding.bank.marking;

import java.math.BigDecimal;

/**
 * How a fill-in blank compares a candidate's text with the accepted answers. Each normalisation can be switched
 * off for a blank where it would be wrong (e.g. letter case in a product code): full-width to half-width, spaces,
 * punctuation, letter case. With a numeric tolerance, a number within it of a numeric accepted answer also counts.
 */
public record BlankMatching(
        boolean foldWidth, boolean ignoreSpaces, boolean ignorePunctuation, boolean ignoreCase, BigDecimal tolerance) {

    /** Every normalisation on, exact numbers. */
    public static final BlankMatching DEFAULT = new BlankMatching(true, true, true, true, null);

    public BlankMatching {
        if (tolerance != null && tolerance.signum() < 0) {
            throw new IllegalArgumentException("数值误差不能为负数，实为" + tolerance);
        }
    }

    public BlankMatching withTolerance(String tolerance) {
        return new BlankMatching(foldWidth, ignoreSpaces, ignorePunctuation, ignoreCase, new BigDecimal(tolerance));
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
    String normalise(String text) {
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
    boolean matches(String given, String accepted) {
        String g = normalise(given);
        if (g.isEmpty()) {
            return false;
        }
        if (g.equals(normalise(accepted))) {
            return true;
        }
        if (tolerance != null) {
            BigDecimal a = number(new BlankMatching(true, true, false, true, null).normalise(accepted));
            BigDecimal b = number(new BlankMatching(true, true, false, true, null).normalise(given));
            return a != null && b != null && a.subtract(b).abs().compareTo(tolerance) <= 0;
        }
        return false;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
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
