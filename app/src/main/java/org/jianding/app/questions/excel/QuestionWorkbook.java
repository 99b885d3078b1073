package org.jianding.app.questions.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.CellProblem;
import org.jianding.bank.sheet.SheetTable;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;

/**
 * Reads the question sheets of an upload with the columns its mapping gives them: the template's 试题 sheet or any
 * sheet with a 题型 column (one sheet, every type mixed), and sheets named after a type (单选题, 多选题, 判断题 …: one
 * sheet per type, as WPS and other products export). Instructions and hidden option sheets are skipped.
 */
final class QuestionWorkbook {

    private QuestionWorkbook() {}

    /** The questions of every question sheet; refuses a workbook that has none. */
    static List<SheetQuestions.Parsed> read(
            XlsxUpload upload, WorkbookMapping mapping, SheetQuestions reader, ImportWords words)
            throws UnreadableWorkbookException {
        if (!mapping.anyQuestions()) {
            throw new UnreadableWorkbookException(
                    UnreadableWorkbookException.Reason.SHEET_MISSING, QuestionSheet.NAME, null);
        }
        List<SheetQuestions.Parsed> questions = new ArrayList<>();
        for (SheetMapping sheet : mapping.sheets()) {
            if (!sheet.questions()) {
                continue;
            }
            SheetTable table = upload.table(sheet.sheet(), sheet.headerRow() - 1, sheet.readerColumns());
            if (headerProblems(sheet, table, upload, words)) {
                continue;
            }
            Boolean firstIsTrue = TruthHeader.firstIsTrue(sheet.header(ImportField.ANSWER));
            questions.addAll(reader.read(table, QuestionSheet.TYPE, sheet.sheetType(), firstIsTrue));
        }
        return questions;
    }

    /** A field taken by two columns, or no stem or answer column: reported at the header, the rows not read. */
    private static boolean headerProblems(SheetMapping sheet, SheetTable table, XlsxUpload upload, ImportWords words) {
        boolean bad = false;
        Map<ImportField, String> first = new java.util.EnumMap<>(ImportField.class);
        for (SheetMapping.Column c : sheet.columns()) {
            if (c.field() == ImportField.IGNORE) {
                continue;
            }
            String earlier = first.putIfAbsent(c.field(), c.letter());
            if (earlier != null) {
                upload.report()
                        .add(new CellProblem(
                                sheet.sheet(),
                                sheet.headerRow(),
                                c.letter(),
                                words.text("mapping.twice", c.field().columnName(), earlier)));
                bad = true;
            }
        }
        if (!sheet.has(ImportField.STEM)) {
            table.headerProblem(QuestionSheet.STEM, words.text("mapping.missing", QuestionSheet.STEM.name()));
            bad = true;
        }
        boolean answerless =
                sheet.sheetType() == QuestionType.SHORT_ANSWER || sheet.sheetType() == QuestionType.CASE_ANALYSIS;
        if (!sheet.has(ImportField.ANSWER) && !answerless) {
            table.headerProblem(QuestionSheet.ANSWER, words.text("mapping.missing", QuestionSheet.ANSWER.name()));
            bad = true;
        }
        return bad;
    }

    /** 单选题, 单项选择题, 多选, 判断题, 是非题 … as sheet names. */
    static Optional<QuestionType> typeOf(String sheetName) {
        return QuestionType.parse(Spellings.fold(sheetName).replaceAll("\\s+", ""));
    }

    static boolean skipped(XlsxUpload upload, String name) {
        String n = Spellings.fold(name);
        return upload.hidden(name)
                || n.equals(QuestionSheet.INSTRUCTIONS)
                || n.equals(QuestionSheet.OPTIONS)
                || n.contains("说明");
    }
}
