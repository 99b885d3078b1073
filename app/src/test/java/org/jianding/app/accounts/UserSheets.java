package org.jianding.app.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Real .xlsx uploads for the user import, built with POI as a user's Excel would save them. */
final class UserSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"工号", "姓名", "单位编码", "岗位", "级别", "任岗日期", "角色", "初始密码"};

    /** A cell holding a formula instead of a value. */
    record Formula(String text) {}

    private UserSheets() {}

    /** A workbook whose 用户 sheet has the template's header and these rows. */
    static byte[] users(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("用户");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            write(sheet.createRow(0), HEADER, date);
            for (int r = 0; r < rows.length; r++) {
                write(sheet.createRow(r + 1), rows[r], date);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockMultipartHttpServletRequestBuilder upload(String url, byte[] content) {
        return multipart(url).file(new MockMultipartFile("file", "users.xlsx", XLSX, content));
    }

    static XSSFWorkbook open(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    /** The workbook inside a {@code data:} download link of a page. */
    static byte[] fromDataUrl(String page, String linkId) {
        int link = page.indexOf("id=\"" + linkId + "\"");
        int tagStart = page.lastIndexOf('<', link);
        String tag = page.substring(tagStart, page.indexOf('>', link));
        String href = tag.replaceAll("(?s).*href=\"([^\"]+)\".*", "$1");
        if (!href.startsWith("data:" + XLSX + ";base64,")) {
            throw new AssertionError("not an inline workbook link: " + tag);
        }
        return Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static void write(Row row, Object[] values, CellStyle date) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            Object value = values[c];
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            }
        }
    }
}
