package org.jianding.app.sittings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The score template of a 纸笔考试 (.xlsx): sheet 成绩 in the score-sheet layout (A1 工号, then the printed question
 * numbers; row 2 满分 and the paper's points; one row per enrolled candidate, 工号 and name in column A) for the
 * administrator or the card reader's export to fill in, and sheet 说明 with the rules. Person and label cells are
 * text, so 工号 with leading zeros survive.
 */
final class ScoreTemplate {

    static final List<String> RULES = List.of(
            "每行一名考生：A 列为工号（可在工号后空一格写姓名，导入时核对）。",
            "选择题、判断题可填所选字母（如 B、ACD）或对/错，系统按与在线考试相同的规则评分；也可直接填得分。",
            "其他题型填写得分（0 到满分，最多两位小数）；未得分填 0。",
            "选择题、判断题留空或填 - 表示未作答（0 分）。",
            "缺考：本行题目格全部留空，或在 B 列填“缺考”。文件中没有出现的考生也按缺考记录。",
            "不要改动第 1 行题号和第 2 行满分；不要使用公式。也可另存为 CSV（UTF-8 或 GBK）上传。");

    private ScoreTemplate() {}

    static byte[] write(SittingSheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle head = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet scores = workbook.createSheet("成绩");
            Row labels = scores.createRow(0);
            Row maxima = scores.createRow(1);
            cell(labels, 0, "工号", head);
            cell(maxima, 0, ScoreFileCheck.MAXIMUM_ROW, head);
            for (int i = 0; i < sheet.items().size(); i++) {
                SittingSheet.Item item = sheet.items().get(i);
                cell(labels, i + 1, item.label(), head);
                maxima.createCell(i + 1).setCellValue(item.max().doubleValue());
                maxima.getCell(i + 1).setCellStyle(head);
            }
            int r = 2;
            for (var e : sheet.roster()) {
                cell(scores.createRow(r++), 0, e.employeeNo() + " " + e.displayName(), text);
            }
            scores.setColumnWidth(0, 20 * 256);
            scores.createFreezePane(1, 2);
            Sheet help = workbook.createSheet("说明");
            for (int i = 0; i < RULES.size(); i++) {
                help.createRow(i).createCell(0).setCellValue((i + 1) + ". " + RULES.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
