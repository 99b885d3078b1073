package org.jianding.app.questions.excel;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Real .xlsx question files, built with POI as Excel or another exam system would save them. */
final class QuestionSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The template's header. */
    static final String[] TEMPLATE_HEADER = {
        "题型", "小题", "题干", "案例材料", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G", "选项H", "答案", "评分要点", "解析", "分值",
        "难度", "认知层次", "适用级别", "知识点", "关联知识点", "来源", "填空规则"
    };

    /** A workbook being built, sheet by sheet. */
    static final class Book {
        private final Map<String, Object[][]> sheets = new LinkedHashMap<>();

        /** A sheet whose first row is {@code header} and whose other rows are {@code rows} (numbers as numbers). */
        Book sheet(String name, String[] header, Object[]... rows) {
            Object[][] all = new Object[rows.length + 1][];
            all[0] = header;
            System.arraycopy(rows, 0, all, 1, rows.length);
            sheets.put(name, all);
            return this;
        }

        byte[] bytes() {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                sheets.forEach((name, rows) -> {
                    Sheet sheet = workbook.createSheet(name);
                    for (int r = 0; r < rows.length; r++) {
                        write(sheet.createRow(r), rows[r]);
                    }
                });
                return QuestionSheets.bytes(workbook);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private QuestionSheets() {}

    static Book book() {
        return new Book();
    }

    static MockMultipartHttpServletRequestBuilder upload(String url, byte[] content) {
        return multipart(url).file(new MockMultipartFile("file", "questions.xlsx", XLSX, content));
    }

    static XSSFWorkbook open(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
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

    private static void write(Row row, Object[] values) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
