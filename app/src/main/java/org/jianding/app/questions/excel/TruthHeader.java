package org.jianding.app.questions.excel;

import java.util.List;

/**
 * What a 判断 answer column's header says about the letters A and B. Sheets exported with the answer as a letter
 * label the column 对/错 (A is 对) or 错/对, A错B对 (A is 错); a header that says neither leaves A as 对, and the
 * import report says so.
 */
final class TruthHeader {

    private static final List<String> TRUE_WORDS = List.of("正确", "对", "√", "✓", "是", "T");
    private static final List<String> FALSE_WORDS = List.of("错误", "错", "×", "✗", "否", "F");

    /** Whether A is 对: null when the header does not say (A is then taken as 对). */
    static Boolean firstIsTrue(String header) {
        if (header == null) {
            return null;
        }
        String h = Spellings.fold(header).toUpperCase(java.util.Locale.ROOT);
        int t = first(h, TRUE_WORDS);
        int f = first(h, FALSE_WORDS);
        if (t < 0 || f < 0) {
            return null;
        }
        return t < f;
    }

    /** Whether a header is a pair of truth words, 对/错 or 正确/错误: a 判断 answer column. */
    static boolean namesAnswer(String header) {
        return firstIsTrue(header) != null
                && Spellings.fold(header).replaceAll("[\\s/、|()（）答案AB]", "").length() <= 4;
    }

    private static int first(String header, List<String> words) {
        int best = -1;
        for (String w : words) {
            int i = w.length() == 1 && isLatin(w.charAt(0)) ? letterIndex(header, w.charAt(0)) : header.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** A latin letter counts only standing alone (T in "T/F", not in "TYPE"). */
    private static int letterIndex(String header, char letter) {
        for (int i = 0; i < header.length(); i++) {
            boolean alone = (i == 0 || !isLatin(header.charAt(i - 1)))
                    && (i == header.length() - 1 || !isLatin(header.charAt(i + 1)));
            if (header.charAt(i) == letter && alone) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
