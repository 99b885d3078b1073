package org.jianding.app.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.bank.statistics.ScoreSheet;

/** An example score sheet to fill in: the layout of the contract, with three items and two persons. */
final class ScoreSheetTemplate {

    private ScoreSheetTemplate() {}

    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("成绩");
            Object[][] rows = {
                {"考生", "第1题", "第2题", "第3题"},
                {ScoreSheet.MAXIMUM_ROW, 2, 2, 10},
                {"张伟", 2, 0, 7.5},
                {"李娜", 1, 2, 9}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
