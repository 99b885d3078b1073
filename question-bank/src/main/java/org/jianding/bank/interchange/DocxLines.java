package org.jianding.bank.interchange;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document as the lines a reader sees, in body order: paragraphs, and the paragraphs of tables row by row. What
 * Word draws but does not store as text is written out: the number of an auto-numbered list paragraph ({@code 1.} or
 * {@code A.}), and a table row whose first cell is a label ({@code 答案 | B}) becomes {@code 答案：B}. Pictures stay in
 * their line as {@code <img>}; text is escaped as HTML.
 */
final class DocxLines {

    /** One line: its text (HTML, pictures as {@code <img src="name">}) and the pictures it holds. */
    record Line(String text, Map<String, byte[]> pictures) {}

    private static final Pattern LABEL_CELL =
            Pattern.compile("^[【\\[]?(答案|参考答案|正确答案|解析|答案解析|分值|分数|难度|知识点|题型)[】\\]]?[:：]?$");

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final Map<BigInteger, Integer> listCounters = new HashMap<>();
    private int letterCounter;

    private DocxLines() {}

    static List<Line> of(XWPFDocument doc) {
        DocxLines reader = new DocxLines();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                reader.paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                reader.table(table);
            }
        }
        return reader.lines;
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            if (cells.size() >= 2
                    && LABEL_CELL.matcher(cells.get(0).getText().strip()).matches()) {
                String label = cells.get(0).getText().strip().replaceAll("[【】\\[\\]:：]", "");
                StringBuilder value = new StringBuilder();
                for (XWPFTableCell cell : cells.subList(1, cells.size())) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        String t = render(p, new LinkedHashMap<>());
                        if (!t.isBlank()) {
                            value.append(value.length() > 0 ? "\n" : "").append(t.strip());
                        }
                    }
                }
                String[] parts = value.toString().split("\n", -1);
                lines.add(new Line(label + "：" + parts[0], Map.of()));
                for (int i = 1; i < parts.length; i++) {
                    lines.add(new Line(parts[i], Map.of()));
                }
                continue;
            }
            for (XWPFTableCell cell : cells) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    paragraph(p);
                }
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        String text = render(paragraph, pictures);
        media.putAll(pictures);
        String line = text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        if (line.isEmpty()) {
            return;
        }
        lines.add(new Line(listNumber(paragraph) + line, pictures));
    }

    /**
     * The number Word shows before an auto-numbered paragraph: {@code n. } for a decimal list at its first level,
     * {@code A. } … for a letter list (counting again after anything that is not one), nothing otherwise.
     */
    private String listNumber(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = numId == null ? null : paragraph.getNumFmt();
        if (format == null) {
            letterCounter = 0;
            return "";
        }
        BigInteger level = paragraph.getNumIlvl();
        boolean firstLevel = level == null || level.signum() == 0;
        String f = format.toLowerCase(Locale.ROOT);
        if (f.contains("letter")) {
            char letter = (char) ('A' + Math.min(letterCounter++, 7));
            return letter + ". ";
        }
        letterCounter = 0;
        if (f.equals("decimal") && firstLevel) {
            int n = listCounters.merge(numId, 1, Integer::sum);
            return n + ". ";
        }
        return "";
    }

    private String render(XWPFParagraph paragraph, Map<String, byte[]> pictures) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String t = run.text();
            text.append(t == null ? "" : QtiReader.escapeText(t));
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                var data = picture.getPictureData();
                if (data != null) {
                    String name = "docx-" + (media.size() + pictures.size() + 1) + "." + data.suggestFileExtension();
                    pictures.put(name, data.getData());
                    text.append("<img src=\"").append(name).append("\" alt=\"\"/>");
                }
            }
        }
        return text.toString();
    }
}
