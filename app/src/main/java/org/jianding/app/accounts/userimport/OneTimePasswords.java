package org.jianding.app.accounts.userimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.accounts.CreatedUser;

/**
 * The one-time passwords of an import as a workbook, made from the result in hand for the same response: clear
 * passwords are never written anywhere on the server.
 */
public final class OneTimePasswords {

    private OneTimePasswords() {}

    public static byte[] workbook(List<CreatedUser> users) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("一次性密码");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("工号");
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("一次性密码");
            for (int i = 0; i < users.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(users.get(i).user().employeeNo());
                row.createCell(1).setCellValue(users.get(i).user().displayName());
                row.createCell(2).setCellValue(users.get(i).temporaryPassword());
            }
            for (int c = 0; c < 3; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
