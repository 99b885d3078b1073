package org.jianding.app.questions.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.SheetColumn;

/**
 * The question workbook, for the template (with one example per type) and for exports (with the selected
 * questions): a 说明 sheet, the 试题 sheet with a Chinese header and drop-downs for 题型, 难度, 认知层次 and 知识点
 * fed from a hidden 选项 sheet (an inline list would break past 255 characters of knowledge names). Rows are
 * streamed (SXSSF), so a large export holds only a window of rows in memory.
 */
final class QuestionTemplate {

    private QuestionTemplate() {}

    static void write(List<KnowledgeNode> nodes, List<Question> questions, OutputStream out) {
        XSSFWorkbook base = new XSSFWorkbook();
        instructions(base);
        Sheet options = base.createSheet(QuestionSheet.OPTIONS);
        Sheet sheet = base.createSheet(QuestionSheet.NAME);
        header(base, sheet);
        List<String> leaves = KnowledgeLookup.choices(nodes);
        dropDown(
                sheet,
                options,
                0,
                QuestionSheet.TYPE,
                Arrays.stream(QuestionType.values())
                        .map(QuestionType::chineseName)
                        .toList());
        dropDown(sheet, options, 1, QuestionSheet.DIFFICULTY, List.of("1", "2", "3", "4", "5"));
        dropDown(
                sheet,
                options,
                2,
                QuestionSheet.COGNITIVE,
                Arrays.stream(CognitiveLevel.values())
                        .map(CognitiveLevel::chineseName)
                        .toList());
        dropDown(sheet, options, 3, QuestionSheet.KNOWLEDGE, leaves);
        sheet.createFreezePane(0, 1);
        base.setSheetHidden(base.getSheetIndex(options), true);
        base.setActiveSheet(base.getSheetIndex(sheet));
        base.setFirstVisibleTab(base.getSheetIndex(sheet));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, 500)) {
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            QuestionRowWriter writer =
                    new QuestionRowWriter(workbook.getSheet(QuestionSheet.NAME), new KnowledgeLookup(nodes), text, 1);
            questions.forEach(writer::write);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instructions(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(QuestionSheet.INSTRUCTIONS);
        List<String> lines = TemplateInstructions.lines();
        CellStyle title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title.setFont(bold);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 0; i < lines.size(); i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? title : wrap);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void header(XSSFWorkbook workbook, Sheet sheet) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int c = 0; c < QuestionSheet.COLUMNS.size(); c++) {
            SheetColumn column = QuestionSheet.COLUMNS.get(c);
            row.createCell(c).setCellValue(column.name());
            row.getCell(c).setCellStyle(style);
            sheet.setColumnWidth(c, width(column) * 256);
        }
    }

    private static int width(SheetColumn column) {
        if (column == QuestionSheet.STEM || column == QuestionSheet.CASE_TEXT || column == QuestionSheet.EXPLANATION) {
            return 40;
        }
        if (column == QuestionSheet.ANSWER || column == QuestionSheet.RUBRIC || column == QuestionSheet.KNOWLEDGE) {
            return 24;
        }
        return QuestionSheet.OPTION_COLUMNS.contains(column) ? 18 : 10;
    }

    /** A list drop-down on the column, its values in column {@code optionColumn} of the hidden options sheet. */
    private static void dropDown(
            Sheet sheet, Sheet options, int optionColumn, SheetColumn column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        for (int i = 0; i <= values.size(); i++) {
            Row row = options.getRow(i) == null ? options.createRow(i) : options.getRow(i);
            row.createCell(optionColumn).setCellValue(i == 0 ? column.name() : values.get(i - 1));
        }
        String letter = CellReference.convertNumToColString(optionColumn);
        String range = "'" + QuestionSheet.OPTIONS + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
        int target = QuestionSheet.COLUMNS.indexOf(column);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, QuestionSheet.MAX_ROWS, target, target));
        validation.setShowErrorBox(column == QuestionSheet.COGNITIVE);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
