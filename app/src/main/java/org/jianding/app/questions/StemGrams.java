package org.jianding.app.questions;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The character bigrams of a stem, for the {@code question_gram} index that narrows a text search before the exact
 * {@code LIKE} check. The text is normalised like {@code StemSimilarity.normalise} (NFKC, lower case, letters and
 * digits only), one code point at a time, and folded a little further: accents and other combining marks are dropped
 * and every decimal digit or numeral letter (٣, 〇) becomes its ASCII digit.
 *
 * <p>The grams are a necessary condition for a match only if two characters that {@code stem_text}'s collation
 * ({@code utf8mb4_unicode_ci}) treats as equal always get the same key here; otherwise {@code LIKE '%cafe%'} would
 * find "café" and the index would not. The fold is there for that: NFKC covers full-width, circled and compatibility
 * forms, lower case covers case, dropping marks covers accents, the digit mapping covers other scripts' digits. It
 * was checked against every equal-weight class of the Basic Multilingual Plane in MariaDB 10.11 (see
 * docs/benchmarks.md). Per code point, because then the key of a substring is a substring of the key, which is
 * what makes a bigram test sound. Characters outside the BMP are all equal to one another in that collation, so a
 * query with one of them falls back to {@code LIKE}, and grams with them are not stored.
 */
final class StemGrams {

    private static final String COMBINING_LETTERS = "aeioucdhmrtvx";

    /**
     * CJK radicals (symbols, which NFKC leaves alone) and the ideograph each equals in the collation, in pairs;
     * taken from MariaDB's weights.
     */
    private static final String RADICALS =
            "⺦丬⺀丶⺄乙⺃乚⺂乛⺅亻⺆冂⺇几⺈刀⺉刂⺊卜⺋卩⺁厂⺌小⺍小⺎尢⺐尢⺏尣⺑尣⺒巳⺓幺⺕彐⺔彑⺗心⺖忄⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺮竹⺯糹⺰纟⺲罒⺵罒⺱罓⺳罓⺴罓⺶羊⺷羊⺸羋⺹耂⺻聿⺺肀⺼肉⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻄西⻃覀⻅见⻆角⻇角⻈讠⻉贝⻊足⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕阜⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞飠⻟飠⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧鹵⻨麦⻩黄⻪黾⻫齊⻬齐⻭齒⻮齿⻯龍⻰龙⻱龜⻲龜";

    private static final Map<Integer, Integer> RADICAL_IDEOGRAPHS = radicals();

    private static Map<Integer, Integer> radicals() {
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i + 1 < RADICALS.length(); i += 2) {
            map.put((int) RADICALS.charAt(i), (int) RADICALS.charAt(i + 1));
        }
        return Map.copyOf(map);
    }

    private StemGrams() {}

    /**
     * Whether the index may narrow a search for this key: only ASCII letters and digits and the CJK ideographs of
     * the BMP, the characters whose whole collation class was checked to share one key.
     */
    private static boolean indexable(String key) {
        return key.chars()
                .allMatch(c -> (c >= 'a' && c <= 'z')
                        || (c >= '0' && c <= '9')
                        || (c >= 0x4E00 && c <= 0x9FFF)
                        || (c >= 0x3400 && c <= 0x4DBF));
    }

    /** The normalised, folded text: per code point, letters and digits only. */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendKey(cp, out));
        return out.toString();
    }

    private static void appendKey(int cp, StringBuilder out) {
        String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
        decomposed.codePoints().forEach(c -> {
            if (c >= 0x363 && c <= 0x36F) { // combining small letters a … x, equal to the letters in the collation
                out.append(COMBINING_LETTERS.charAt(c - 0x363));
                return;
            }
            if (c >= 0xF2A && c <= 0xF33) { // Tibetan half digits, equal to the digits 1 … 9, 0
                out.append((char) ('0' + (c - 0xF29) % 10));
                return;
            }
            if (c >= 0x9F4 && c <= 0x9F7) { // Bengali currency numerators, equal to the digits 1 … 4
                out.append((char) ('1' + (c - 0x9F4)));
                return;
            }
            Integer ideograph = RADICAL_IDEOGRAPHS.get(c);
            if (ideograph != null) {
                out.appendCodePoint(ideograph);
                return;
            }
            if (c == 0x640 || c == 0xFE73) { // letters the collation ignores (Arabic tatweel)
                return;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return;
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                int value = Character.getNumericValue(c);
                if (value >= 0 && value <= 9) {
                    out.append((char) ('0' + value));
                } else if (type != Character.DECIMAL_DIGIT_NUMBER) {
                    out.appendCodePoint(Character.toLowerCase(c));
                }
                return;
            }
            if (Character.isLetter(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        });
    }

    /** The distinct bigrams of a stem to store (those within the BMP). */
    static Set<String> of(String stemText) {
        String key = key(stemText);
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < key.length(); i++) {
            char a = key.charAt(i);
            char b = key.charAt(i + 1);
            if (!Character.isSurrogate(a) && !Character.isSurrogate(b)) {
                grams.add(key.substring(i, i + 2));
            }
        }
        return grams;
    }

    /**
     * The bigrams every match of a text search must have, or empty when the index cannot help and the search must
     * use {@code LIKE} alone: fewer than two characters after normalising, or a character outside the BMP.
     */
    static Optional<Set<String>> ofQuery(String text) {
        String key = key(text.strip());
        if (key.length() < 2 || !indexable(key)) {
            return Optional.empty();
        }
        return Optional.of(of(key));
    }
}
