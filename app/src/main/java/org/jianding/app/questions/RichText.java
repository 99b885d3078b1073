package org.jianding.app.questions;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Rich text in stems, options and explanations: formatting, lists, tables and images stored in the bank. Cleaned on
 * the way in with jsoup's allow-list cleaner: no script, no event handlers, no styles, no links, and images only
 * from the bank's own image store ({@code /bank/images/<sha256>}), so nothing in a question can call out or run.
 */
final class RichText {

    static final String IMAGE_PATH = "/bank/images/";

    private static final Safelist ALLOWED = new Safelist()
            .addTags(
                    "b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "p", "span", "ul", "ol", "li", "table",
                    "thead", "tbody", "tr", "th", "td", "code", "pre", "img")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("img", "src", "alt", "width", "height");

    private RichText() {}

    /** The text with everything outside the allow-list removed; plain text passes unchanged. */
    static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        dirty.select("img").forEach(RichText::keepOnlyBankImages);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Plain text of a (sanitised) rich text, for search and duplicate checks. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html
                : Jsoup.parseBodyFragment(html).text();
    }

    private static void keepOnlyBankImages(Element img) {
        String src = img.attr("src");
        if (!src.startsWith(IMAGE_PATH) || !src.substring(IMAGE_PATH.length()).matches("[0-9a-f]{64}")) {
            img.remove();
        }
    }
}
