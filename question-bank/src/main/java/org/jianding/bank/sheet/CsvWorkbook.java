package org.jianding.bank.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A CSV file's records as a one-sheet workbook, every value as the text it was, so a CSV goes through the same
 * mapping step, checks and marked copy as an .xlsx.
 */
final class CsvWorkbook {

    /** The name of the sheet a CSV file becomes. */
    static final String SHEET = "CSV";

    private CsvWorkbook() {}

    static byte[] xlsx(List<List<String>> records, SheetLimits limits) throws UnreadableWorkbookException {
        if (records.size() > limits.maxRows()) {
            throw new UnreadableWorkbookException(
                    UnreadableWorkbookException.Reason.TOO_MANY_ROWS, String.valueOf(limits.maxRows()), null);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(SHEET);
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c).strip();
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
