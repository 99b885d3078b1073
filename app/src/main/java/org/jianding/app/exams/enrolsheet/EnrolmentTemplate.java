package org.jianding.app.exams.enrolsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The 报名名单 template: instructions, then the list sheet with its header and 工号 formatted as text. */
final class EnrolmentTemplate {

    private EnrolmentTemplate() {}

    static byte[] write(List<String> header) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet list = workbook.createSheet(EnrolmentSheet.SHEET);
            Sheet help = workbook.createSheet("说明");
            List<String> lines = List.of(
                    "报名名单说明",
                    "",
                    "1. 在“" + EnrolmentSheet.SHEET + "”工作表中每行填写一名考生，第一行为表头，请勿修改表头。",
                    "2. 工号（必填）：须为系统中已有的用户工号，同一工号不能出现两次。",
                    "3. 姓名（可选）：填写后将与该工号登记的姓名核对，不一致的行会被指出。",
                    "4. 不接受公式单元格；只接受 .xlsx 文件，最多 " + EnrolmentSheet.MAX_PEOPLE + " 行。",
                    "5. 上传后先预览：将报名、已报名、不符合申报条件（及原因）的人员分别列出，确认后才报名。");
            for (int i = 0; i < lines.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row row = list.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                row.createCell(c).setCellValue(header.get(c));
                row.getCell(c).setCellStyle(bold);
                list.setColumnWidth(c, 20 * 256);
                list.setDefaultColumnStyle(c, text);
            }
            list.createFreezePane(0, 1);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
