package org.jianding.app.printing;

import static org.jianding.app.printing.PaperParts.BODY;
import static org.jianding.app.printing.PaperParts.chunk;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/**
 * The paper the candidate writes on: candidate fields, score table, 考试须知, then the sections. Nothing of a key
 * is read here but the question's shape (options, number of blanks, rubric size for the answer space), so no
 * answer can leak onto the paper.
 */
final class CandidatePaperLayout {

    private static final Pattern ANSWER_BRACKET = Pattern.compile("[（(][\\s\u3000]*[）)]");
    private static final IntFunction<Chunk> BLANK = index -> underline("\u3000".repeat(6));

    private final PaperParts parts;

    CandidatePaperLayout(ImageSource images) {
        this.parts = new PaperParts(images);
    }

    void write(PrintablePaper paper, Document document) throws DocumentException {
        PaperParts.titleBlock(document, paper, "");
        if (!paper.candidateFields().isEmpty()) {
            document.add(candidateFields(paper.candidateFields()));
        }
        document.add(scoreTable(paper.sections().size()));
        if (!paper.instructions().isEmpty()) {
            document.add(instructions(paper.instructions()));
        }
        for (PrintablePaper.Section section : paper.sections()) {
            parts.sectionHeading(section.heading());
            float indent = PaperParts.numberWidth(widestNumber(section));
            for (PrintablePaper.Item item : section.items()) {
                question(document, item, indent);
            }
        }
    }

    private void question(Document document, PrintablePaper.Item item, float indent) throws DocumentException {
        String number = item.number() + "．";
        QuestionBody body = item.question().body();
        if (body instanceof CaseAnalysis caseAnalysis) {
            caseAnalysis(document, item, caseAnalysis, number, indent);
            return;
        }
        parts.unit(document, question(number, indent, item.question().stem(), body, item.points(), false), 5);
    }

    /** Stem and answer space of a question or sub-question; written answers always show their points. */
    private List<Element> question(
            String number, float indent, String stem, QuestionBody body, BigDecimal points, boolean showPoints) {
        List<Chunk> suffix = new ArrayList<>();
        if (body instanceof SingleChoice || body instanceof MultipleChoice || body instanceof TrueFalse) {
            suffix.addAll(answerBracket(stem));
        }
        if (showPoints || body instanceof ShortAnswer) {
            suffix.add(PaperParts.pointsNote(points));
        }
        List<Element> blocks =
                new ArrayList<>(parts.numbered(number, indent, stem, suffix, body instanceof FillBlank ? BLANK : null));
        if (!body.options().isEmpty()) {
            blocks.add(parts.options(body.options(), indent));
        }
        if (body instanceof ShortAnswer) {
            blocks.add(answerLines(points, indent));
        }
        return blocks;
    }

    private void caseAnalysis(
            Document document, PrintablePaper.Item item, CaseAnalysis body, String number, float indent)
            throws DocumentException {
        List<Element> opening = new ArrayList<>();
        String stem = item.question().stem().isEmpty()
                ? "阅读以下案例，回答问题。"
                : item.question().stem();
        opening.addAll(parts.numbered(number, indent, stem, List.of(PaperParts.pointsNote(item.points())), null));
        opening.add(parts.caseBox(body.caseText(), indent));
        parts.unit(document, opening, 5);
        int n = 1;
        for (SubQuestion sub : body.subQuestions()) {
            String subNumber = "（" + n++ + "）";
            float subIndent = PaperParts.textWidth(subNumber) + 1;
            List<Element> blocks = question(subNumber, subIndent, sub.stem(), sub.body(), sub.points(), true);
            PaperParts.indent(blocks, indent);
            parts.unit(document, blocks, 3);
        }
    }

    /** Ruled lines for a written answer, about one and a half per point, four to fifteen. */
    private static PdfPTable answerLines(BigDecimal points, float indent) {
        int lines = Math.max(
                4, Math.min(15, points.multiply(BigDecimal.valueOf(1.5)).intValue()));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        for (int i = 0; i < lines; i++) {
            PdfPCell line = new PdfPCell();
            line.setBorder(PdfPCell.BOTTOM);
            line.setBorderWidthBottom(0.4f);
            line.setBorderColorBottom(RichTextPdf.RULE);
            line.setFixedHeight(24f);
            table.addCell(line);
        }
        table.setSpacingBefore(2);
        PaperParts.indent(List.of(table), indent);
        return table;
    }

    /** 「（　　）」 for the candidate's letter, unless the author already put one in the stem. */
    private static List<Chunk> answerBracket(String stem) {
        return ANSWER_BRACKET.matcher(RichTextPdf.plain(stem)).find()
                ? List.of()
                : List.of(PaperParts.unbroken(chunk("（\u3000\u3000）", BODY, Font.NORMAL)));
    }

    private static Paragraph candidateFields(List<String> fields) {
        Paragraph line = new Paragraph("", PaperParts.font(BODY, Font.NORMAL));
        line.setAlignment(Element.ALIGN_CENTER);
        line.setSpacingBefore(10);
        for (int i = 0; i < fields.size(); i++) {
            line.add(chunk((i == 0 ? "" : "\u3000\u3000") + fields.get(i) + "：", BODY, Font.NORMAL));
            line.add(underline("\u3000".repeat(7)));
        }
        return line;
    }

    private static PdfPTable scoreTable(int sections) {
        PdfPTable table = new PdfPTable(sections + 2);
        table.setWidthPercentage(Math.min(100, 14f * (sections + 2)));
        table.setSpacingBefore(10);
        table.addCell(scoreCell("题号"));
        for (int i = 1; i <= sections; i++) {
            table.addCell(scoreCell(PaperParts.chineseNumber(i)));
        }
        table.addCell(scoreCell("总分"));
        table.addCell(scoreCell("得分"));
        for (int i = 0; i <= sections; i++) {
            table.addCell(scoreCell(""));
        }
        return table;
    }

    private static PdfPCell scoreCell(String text) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, PaperParts.font(BODY, Font.NORMAL)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(22f);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static PdfPTable instructions(List<String> rules) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(0.6f);
        cell.setPadding(8);
        cell.setPaddingTop(3);
        Paragraph heading = new Paragraph(chunk("考试须知", BODY, Font.BOLD));
        heading.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(heading);
        for (int i = 0; i < rules.size(); i++) {
            String prefix = (i + 1) + ". ";
            Paragraph rule = new Paragraph(prefix + rules.get(i), PaperParts.font(9.5f, Font.NORMAL));
            rule.setLeading(0, 1.5f);
            float indent = ChineseFonts.baseFont().getWidthPoint(prefix, 9.5f);
            rule.setIndentationLeft(indent);
            rule.setFirstLineIndent(-indent);
            cell.addElement(rule);
        }
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(10);
        box.addCell(cell);
        return box;
    }

    private static Chunk underline(String text) {
        Chunk chunk = chunk(text, BODY, Font.NORMAL);
        chunk.setUnderline(0.5f, -2.5f);
        return chunk;
    }

    private static String widestNumber(PrintablePaper.Section section) {
        int widest = section.items().stream()
                .mapToInt(PrintablePaper.Item::number)
                .max()
                .orElse(1);
        return widest + "．";
    }
}
