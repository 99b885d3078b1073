package org.jianding.bank.sheet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header text reduced to what identifies a column. NFKC folds full-width letters, digits and brackets (Chinese input
 * methods produce them) into their half-width forms; spaces, a required marker and a remark are dropped.
 */
final class HeaderNames {

    private HeaderNames() {}

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        text = text.replaceFirst("\\([^()]*\\)$", "");
        return text.replaceAll("^\\*+|\\*+$", "").toLowerCase(Locale.ROOT);
    }
}
