package org.jianding.app.questions.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.SheetTable;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;

/**
 * Finds the question sheets of an upload, whichever layout it follows: the template's 试题 sheet or any sheet
 * with a 题型 column (one sheet, every type mixed), and sheets named after a type (单选题, 多选题, 判断题, 填空题,
 * 简答题, 案例分析题 …: one sheet per type, no 题型 column needed). Instructions and hidden option sheets are skipped.
 */
final class QuestionWorkbook {

    private QuestionWorkbook() {}

    /** The questions of every question sheet; empty when the workbook has none (the caller says so). */
    static List<SheetQuestions.Parsed> read(XlsxUpload upload, SheetQuestions reader)
            throws UnreadableWorkbookException {
        List<SheetQuestions.Parsed> questions = new ArrayList<>();
        boolean found = false;
        for (String name : upload.sheetNames()) {
            if (skipped(upload, name)) {
                continue;
            }
            Optional<QuestionType> type = typeOf(name);
            if (type.isPresent()) {
                SheetTable table = upload.table(name, QuestionSheet.TYPED_SHEET_COLUMNS);
                questions.addAll(reader.read(table, QuestionSheet.type(QuestionSheet.TYPED_SHEET_COLUMNS), type.get()));
                found = true;
            } else if (upload.names(name, QuestionSheet.TYPE)) {
                SheetTable table = upload.table(name, QuestionSheet.COLUMNS);
                questions.addAll(reader.read(table, QuestionSheet.TYPE, null));
                found = true;
            }
        }
        if (!found) {
            throw new UnreadableWorkbookException(
                    UnreadableWorkbookException.Reason.SHEET_MISSING, QuestionSheet.NAME, null);
        }
        return questions;
    }

    /** 单选题, 单项选择题, 多选, 判断题, 是非题 … as sheet names. */
    static Optional<QuestionType> typeOf(String sheetName) {
        return QuestionType.parse(Spellings.fold(sheetName).replaceAll("\\s+", ""));
    }

    private static boolean skipped(XlsxUpload upload, String name) {
        String n = Spellings.fold(name);
        return upload.hidden(name)
                || n.equals(QuestionSheet.INSTRUCTIONS)
                || n.equals(QuestionSheet.OPTIONS)
                || n.contains("说明");
    }
}
