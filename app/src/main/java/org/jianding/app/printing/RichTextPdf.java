package org.jianding.app.printing;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the bank's sanitised rich text (plain text, or the allow-listed HTML of stems and options) into OpenPDF
 * paragraphs, tables and images. Line breaks in plain text are kept; unknown tags print their text. One instance
 * serves one document, so an image used twice is decoded once.
 */
final class RichTextPdf {

    static final Color RULE = new Color(0x88, 0x88, 0x88);

    private static final Pattern BLANK = Pattern.compile("____");

    private final PrintedImages images;

    RichTextPdf(ImageSource images) {
        this.images = new PrintedImages(images);
    }

    /**
     * The blocks of one text. Prefix chunks open the first paragraph (a question number), suffix chunks close the
     * last (points, an answer bracket); when {@code blanks} is given, each {@code ____} becomes its chunk.
     */
    List<Element> blocks(String text, float size, List<Chunk> prefix, List<Chunk> suffix, IntFunction<Chunk> blanks) {
        Writer writer = new Writer(size, blanks);
        prefix.forEach(chunk -> writer.paragraph().add(chunk));
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            writer.text(text, Style.PLAIN);
        } else {
            writer.children(Jsoup.parseBodyFragment(text).body(), Style.PLAIN);
        }
        if (!suffix.isEmpty()) {
            Paragraph last = writer.current != null ? writer.current : writer.paragraph();
            suffix.forEach(last::add);
        }
        writer.endParagraph();
        return writer.out;
    }

    /** The plain text, for measuring how wide an option is. */
    static String plain(String text) {
        return text.indexOf('<') < 0 && text.indexOf('&') < 0
                ? text
                : Jsoup.parseBodyFragment(text).text();
    }

    /** Whether the text holds something that cannot sit in a narrow column. */
    static boolean hasBlocks(String text) {
        return text.contains("<table") || text.contains("<img") || text.contains("<ul") || text.contains("<ol");
    }

    static Paragraph newParagraph(float size) {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(ChineseFonts.font(size, Font.NORMAL));
        paragraph.setLeading(0, 1.55f);
        return paragraph;
    }

    private record Style(int fontStyle, int rise) {
        static final Style PLAIN = new Style(Font.NORMAL, 0);

        Style with(int flag) {
            return new Style(fontStyle | flag, rise);
        }

        Style rise(int direction) {
            return new Style(fontStyle, direction);
        }
    }

    private final class Writer {
        final List<Element> out = new ArrayList<>();
        final float size;
        final IntFunction<Chunk> blanks;
        Paragraph current;
        int blankCount;
        int listDepth;

        Writer(float size, IntFunction<Chunk> blanks) {
            this.size = size;
            this.blanks = blanks;
        }

        Paragraph paragraph() {
            if (current == null) {
                current = newParagraph(size);
                current.setIndentationLeft(listDepth * 14f);
            }
            return current;
        }

        void endParagraph() {
            if (current != null) {
                out.add(current);
                current = null;
            }
        }

        void block(Element element) {
            endParagraph();
            out.add(element);
        }

        void children(org.jsoup.nodes.Element parent, Style style) {
            for (Node child : parent.childNodes()) {
                node(child, style);
            }
        }

        void node(Node node, Style style) {
            if (node instanceof TextNode text) {
                String content = text.getWholeText();
                if (!content.isBlank()) {
                    text(content, style);
                }
                return;
            }
            if (!(node instanceof org.jsoup.nodes.Element element)) {
                return;
            }
            switch (element.normalName()) {
                case "b", "strong", "th" -> children(element, style.with(Font.BOLD));
                case "i", "em" -> children(element, style.with(Font.ITALIC));
                case "u" -> children(element, style.with(Font.UNDERLINE));
                case "s" -> children(element, style.with(Font.STRIKETHRU));
                case "sub" -> children(element, style.rise(-1));
                case "sup" -> children(element, style.rise(1));
                case "br" -> paragraph().add(new Chunk("\n", ChineseFonts.font(size, Font.NORMAL)));
                case "p", "div", "pre" -> {
                    endParagraph();
                    children(element, style);
                    endParagraph();
                }
                case "ul", "ol" -> list(element, style);
                case "table" -> block(table(element, style));
                case "img" ->
                    block(images.image(
                            element.attr("src"), element.attr("alt"), element.attr("width"), element.attr("height")));
                default -> children(element, style);
            }
        }

        void text(String content, Style style) {
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph().add(new Chunk("\n", ChineseFonts.font(size, Font.NORMAL)));
                }
                withBlanks(lines[i], style);
            }
        }

        private void withBlanks(String line, Style style) {
            if (blanks == null) {
                chunk(line, style);
                return;
            }
            String[] parts = BLANK.split(line, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    paragraph().add(blanks.apply(blankCount++));
                }
                chunk(parts[i], style);
            }
        }

        private void chunk(String content, Style style) {
            if (content.isEmpty()) {
                return;
            }
            float chunkSize = style.rise() == 0 ? size : size * 0.7f;
            Chunk chunk = new Chunk(content, ChineseFonts.font(chunkSize, style.fontStyle()));
            if (style.rise() != 0) {
                chunk.setTextRise(style.rise() * size * 0.33f);
            }
            paragraph().add(chunk);
        }

        private void list(org.jsoup.nodes.Element list, Style style) {
            endParagraph();
            boolean ordered = list.normalName().equals("ol");
            int number = 1;
            listDepth++;
            for (org.jsoup.nodes.Element item : list.children()) {
                paragraph().add(new Chunk(ordered ? number++ + ". " : "• ", ChineseFonts.font(size, Font.NORMAL)));
                children(item, style);
                endParagraph();
            }
            listDepth--;
        }

        private PdfPTable table(org.jsoup.nodes.Element table, Style style) {
            List<org.jsoup.nodes.Element> rows = new ArrayList<>();
            collectRows(table, rows);
            int columns = 1;
            for (org.jsoup.nodes.Element row : rows) {
                int width = 0;
                for (org.jsoup.nodes.Element cell : row.children()) {
                    width += span(cell, "colspan");
                }
                columns = Math.max(columns, width);
            }
            PdfPTable pdfTable = new PdfPTable(columns);
            pdfTable.setWidthPercentage(100);
            pdfTable.setSpacingBefore(4);
            pdfTable.setSpacingAfter(4);
            for (org.jsoup.nodes.Element row : rows) {
                for (org.jsoup.nodes.Element cell : row.children()) {
                    pdfTable.addCell(cell(cell, style));
                }
                pdfTable.completeRow();
            }
            return pdfTable;
        }

        private PdfPCell cell(org.jsoup.nodes.Element html, Style style) {
            Writer inner = new Writer(size * 0.95f, null);
            inner.children(html, html.normalName().equals("th") ? style.with(Font.BOLD) : style);
            inner.endParagraph();
            PdfPCell cell = new PdfPCell();
            inner.out.forEach(cell::addElement);
            cell.setColspan(span(html, "colspan"));
            cell.setRowspan(span(html, "rowspan"));
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            cell.setPaddingTop(1);
            if (html.normalName().equals("th")) {
                cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            }
            return cell;
        }
    }

    private static void collectRows(org.jsoup.nodes.Element parent, List<org.jsoup.nodes.Element> rows) {
        for (org.jsoup.nodes.Element child : parent.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> collectRows(child, rows);
                default -> {}
            }
        }
    }

    private static int span(org.jsoup.nodes.Element cell, String attribute) {
        try {
            return Math.max(
                    1, Math.min(20, Integer.parseInt(cell.attr(attribute).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
