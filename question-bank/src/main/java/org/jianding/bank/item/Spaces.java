package org.jianding.bank.item;

/**
 * Every kind of space is a space when typed text is compared: a candidate's page shows U+00A0, U+3000, U+2007,
 * U+202F, tabs or line breaks exactly like an ordinary space, and zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF, U+180E) not at all, so comparison must not see a difference either.
 */
public final class Spaces {

    private Spaces() {}

    /**
     * The text with zero-width characters removed, every other space (Unicode space separators, line and paragraph
     * separators, tabs, line breaks) turned into one ordinary space, runs of them collapsed into one, and the ends
     * trimmed. {@code null} reads as empty.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** A character shown as blank space of some width. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A character shown as nothing at all. */
    public static boolean isZeroWidth(int c) {
        return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x180E;
    }
}
