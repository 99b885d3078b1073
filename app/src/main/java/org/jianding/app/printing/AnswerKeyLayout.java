package org.jianding.app.printing;

import static org.jianding.app.printing.PaperParts.BODY;
import static org.jianding.app.printing.PaperParts.chunk;
import static org.jianding.app.printing.PaperParts.points;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * 答案及评分标准 for graders: a grid of the objective keys first, then every question with its stem (blanks filled
 * in), key, 解析 and, for written answers, the reference answer and the rubric with points.
 */
final class AnswerKeyLayout {

    private static final int GRID_COLUMNS = 10;
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);

    private final PaperParts parts;

    AnswerKeyLayout(ImageSource images) {
        this.parts = new PaperParts(images);
    }

    void write(PrintablePaper paper, Document document) throws DocumentException {
        PaperParts.titleBlock(document, paper, "答案及评分标准");
        List<PrintablePaper.Item> objective = paper.sections().stream()
                .flatMap(section -> section.items().stream())
                .filter(item -> shortKey(item.question().body()) != null)
                .toList();
        if (!objective.isEmpty()) {
            parts.sectionHeading("客观题答案速查");
            parts.unit(document, List.of(keyGrid(objective)), 4);
        }
        for (PrintablePaper.Section section : paper.sections()) {
            parts.sectionHeading(section.heading());
            float indent = PaperParts.numberWidth(section.items().stream()
                            .mapToInt(PrintablePaper.Item::number)
                            .max()
                            .orElse(1)
                    + "．");
            for (PrintablePaper.Item item : section.items()) {
                question(document, item, indent);
            }
        }
    }

    private void question(Document document, PrintablePaper.Item item, float indent) throws DocumentException {
        String number = item.number() + "．";
        String explanation = item.question().explanation();
        if (item.question().body() instanceof CaseAnalysis body) {
            List<Element> opening = new ArrayList<>(parts.numbered(
                    number,
                    indent,
                    item.question().stem().isEmpty() ? "案例分析" : item.question().stem(),
                    List.of(PaperParts.pointsNote(item.points())),
                    null));
            opening.add(parts.caseBox(body.caseText(), indent));
            parts.unit(document, opening, 5);
            int n = 1;
            for (SubQuestion sub : body.subQuestions()) {
                String subNumber = "（" + n++ + "）";
                float subIndent = PaperParts.textWidth(subNumber) + 1;
                List<Element> blocks =
                        keyed(subNumber, subIndent, sub.stem(), sub.body(), sub.points(), sub.explanation());
                PaperParts.indent(blocks, indent);
                parts.unit(document, blocks, 3);
            }
            if (!explanation.isEmpty()) {
                parts.unit(document, parts.labelled("【解析】", explanation, indent), 3);
            }
            return;
        }
        parts.unit(
                document,
                keyed(number, indent, item.question().stem(), item.question().body(), item.points(), explanation),
                5);
    }

    private List<Element> keyed(
            String number, float indent, String stem, QuestionBody body, BigDecimal points, String explanation) {
        List<Element> blocks = new ArrayList<>(parts.numbered(
                number,
                indent,
                stem,
                List.of(PaperParts.pointsNote(points)),
                body instanceof FillBlank fill ? filledBlanks(fill) : null));
        if (!body.options().isEmpty()) {
            blocks.add(parts.options(body.options(), indent));
        }
        String key = shortKey(body);
        if (key != null) {
            blocks.addAll(parts.labelled("【答案】", key, indent));
        } else if (body instanceof FillBlank fill) {
            blocks.addAll(parts.labelled("【答案】", blankKeys(fill), indent));
        } else if (body instanceof ShortAnswer answer) {
            blocks.addAll(parts.labelled("【参考答案】", answer.referenceAnswer(), indent));
            blocks.add(labelOnly("【评分要点】", indent));
            blocks.add(rubric(answer.rubric(), indent));
        }
        if (!explanation.isEmpty()) {
            blocks.addAll(parts.labelled("【解析】", explanation, indent));
        }
        return blocks;
    }

    /** The key of a choice or true/false question as printed in the grid, or null for other types. */
    private static String shortKey(QuestionBody body) {
        if (body instanceof SingleChoice single) {
            return single.answer();
        }
        if (body instanceof MultipleChoice multiple) {
            return String.join("", multiple.answers());
        }
        if (body instanceof TrueFalse trueFalse) {
            return trueFalse.answer() ? "√（正确）" : "×（错误）";
        }
        return null;
    }

    private static String blankKeys(FillBlank fill) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < fill.blanks().size(); i++) {
            keys.add("（" + (i + 1) + "）"
                    + String.join(" 或 ", fill.blanks().get(i).accepted()));
        }
        return String.join("；", keys);
    }

    private static IntFunction<Chunk> filledBlanks(FillBlank fill) {
        return index -> {
            List<Blank> blanks = fill.blanks();
            String answer = index < blanks.size() ? blanks.get(index).accepted().get(0) : "";
            Chunk chunk = chunk("\u2002" + answer + "\u2002", BODY, Font.BOLD);
            chunk.setUnderline(0.5f, -2.5f);
            return chunk;
        };
    }

    private static Paragraph labelOnly(String label, float indent) {
        Paragraph paragraph = new Paragraph(chunk(label, BODY, Font.BOLD));
        paragraph.setIndentationLeft(indent);
        paragraph.setLeading(0, 1.55f);
        return paragraph;
    }

    private PdfPTable rubric(List<RubricPoint> rubric, float indent) {
        PdfPTable table = new PdfPTable(new float[] {1f, 9f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(2);
        table.addCell(gridCell("序号", HEADER, Element.ALIGN_CENTER));
        table.addCell(gridCell("评分要点", HEADER, Element.ALIGN_CENTER));
        table.addCell(gridCell("分值", HEADER, Element.ALIGN_CENTER));
        int n = 1;
        for (RubricPoint point : rubric) {
            table.addCell(gridCell(String.valueOf(n++), null, Element.ALIGN_CENTER));
            PdfPCell description = gridCell("", null, Element.ALIGN_LEFT);
            parts.rich
                    .blocks(point.description(), 10f, List.of(), List.of(), null)
                    .forEach(description::addElement);
            table.addCell(description);
            table.addCell(gridCell(points(point.points()) + " 分", null, Element.ALIGN_CENTER));
        }
        PaperParts.indent(List.of(table), indent);
        return table;
    }

    /** 题号 and 答案 rows, ten questions to a pair, as graders compare them against answer sheets. */
    private static PdfPTable keyGrid(List<PrintablePaper.Item> items) {
        PdfPTable grid = new PdfPTable(gridWidths());
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(3);
        for (int start = 0; start < items.size(); start += GRID_COLUMNS) {
            List<PrintablePaper.Item> row = items.subList(start, Math.min(items.size(), start + GRID_COLUMNS));
            grid.addCell(gridCell("题号", HEADER, Element.ALIGN_CENTER));
            row.forEach(item -> grid.addCell(gridCell(String.valueOf(item.number()), HEADER, Element.ALIGN_CENTER)));
            grid.completeRow();
            grid.addCell(gridCell("答案", null, Element.ALIGN_CENTER));
            for (PrintablePaper.Item item : row) {
                String key =
                        shortKey(item.question().body()).replace("（正确）", "").replace("（错误）", "");
                grid.addCell(gridCell(key, null, Element.ALIGN_CENTER));
            }
            grid.completeRow();
        }
        return grid;
    }

    private static float[] gridWidths() {
        float[] widths = new float[GRID_COLUMNS + 1];
        Arrays.fill(widths, 1f);
        widths[0] = 1.2f;
        return widths;
    }

    private static PdfPCell gridCell(String text, Color background, int alignment) {
        Paragraph paragraph = new Paragraph(text, PaperParts.font(10f, Font.NORMAL));
        paragraph.setAlignment(alignment);
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(RichTextPdf.RULE);
        cell.setPadding(4);
        cell.setPaddingTop(0);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
