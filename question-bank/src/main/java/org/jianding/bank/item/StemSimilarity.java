package org.jianding.bank.item;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two stems read, for warning authors about near-duplicates: both are normalised (full-width to
 * half-width, case, punctuation and white space dropped, markup removed by the caller) and compared as sets of
 * character bigrams (Jaccard similarity, 0 … 1). Bigrams suit Chinese, which has no spaces between words.
 */
public final class StemSimilarity {

    /** At or above this similarity two stems are reported as near-duplicates. */
    public static final double NEAR_DUPLICATE = 0.8;

    private StemSimilarity() {}

    /** The stem reduced to what matters for comparing: letters, digits and CJK characters, lower case. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The character bigrams of a normalised text (a one-character text is its own single gram). */
    public static Set<String> bigrams(String normalised) {
        Set<String> grams = new HashSet<>();
        if (normalised.length() == 1) {
            grams.add(normalised);
        }
        for (int i = 0; i + 1 < normalised.length(); i++) {
            grams.add(normalised.substring(i, i + 2));
        }
        return grams;
    }

    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int common = 0;
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        for (String gram : smaller) {
            if (larger.contains(gram)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    public static double similarity(String stemA, String stemB) {
        return similarity(bigrams(normalise(stemA)), bigrams(normalise(stemB)));
    }
}
