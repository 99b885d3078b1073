package org.jianding.app.printing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prints the 答题卡 of a paper sitting: per candidate a header with 工号 and name, then one line per question with a
 * box per choice to fill in (objective questions, which the import marks from the letters) or a 得分 box for the
 * grader (questions answered on the paper). A4, Chinese font embedded.
 */
@Component
public class AnswerSheetPdf {

    public byte[] print(AnswerSheet sheet) {
        PdfMetadata metadata = new PdfMetadata(sheet.title() + " 答题卡", "", "答题卡", sheet.title() + " 答题卡");
        return PdfDocuments.a4(metadata, (document, writer) -> {
            List<AnswerSheet.Candidate> candidates =
                    sheet.candidates().isEmpty() ? List.of(new AnswerSheet.Candidate("", "")) : sheet.candidates();
            boolean first = true;
            for (AnswerSheet.Candidate c : candidates) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                write(document, sheet, c);
            }
        });
    }

    private static void write(Document document, AnswerSheet sheet, AnswerSheet.Candidate candidate)
            throws DocumentException {
        Paragraph title = new Paragraph(PaperParts.chunk(sheet.title() + " 答题卡", 16f, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph subtitle = new Paragraph(PaperParts.chunk(sheet.subtitle(), PaperParts.BODY, Font.NORMAL));
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(8f);
        document.add(subtitle);
        PdfPTable who = new PdfPTable(new float[] {1f, 2f, 1f, 2f});
        who.setWidthPercentage(100f);
        who.addCell(cell("工号", true));
        who.addCell(cell(candidate.employeeNo(), false));
        who.addCell(cell("姓名", true));
        who.addCell(cell(candidate.name(), false));
        who.setSpacingAfter(6f);
        document.add(who);
        document.add(new Paragraph(PaperParts.chunk(
                "填涂说明：选择题与判断题在所选字母（或对、错）的方框内涂黑，多选题可涂多个；其余各题在试卷上作答，" + "“得分”由阅卷人填写。请勿折叠、污损本卡。", 9f, Font.NORMAL)));
        PdfPTable table = new PdfPTable(new float[] {0.8f, 1.4f, 6f, 1f});
        table.setWidthPercentage(100f);
        table.setSpacingBefore(6f);
        table.setHeaderRows(1);
        for (String head : List.of("题号", "题型", "作答", "分值")) {
            table.addCell(cell(head, true));
        }
        for (AnswerSheet.Row row : sheet.rows()) {
            table.addCell(cell(row.number(), false));
            table.addCell(cell(row.type(), false));
            StringBuilder marks = new StringBuilder();
            if (row.choices().isEmpty()) {
                marks.append("在试卷上作答　　得分：________");
            } else {
                row.choices()
                        .forEach(choice -> marks.append("[ ").append(choice).append(" ]　"));
            }
            table.addCell(cell(marks.toString().strip(), false));
            table.addCell(cell(PaperParts.points(row.points()), false));
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, boolean head) {
        PdfPCell cell = new PdfPCell(new Phrase(PaperParts.chunk(text, 10f, head ? Font.BOLD : Font.NORMAL)));
        cell.setPadding(4f);
        cell.setBorder(Rectangle.BOX);
        cell.setMinimumHeight(18f);
        return cell;
    }
}
