package org.jianding.bank.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.bank.sheet.Workbooks.Formula;
import org.junit.jupiter.api.Test;

/** The copy the user downloads shows each bad cell in red with its messages as a comment, values untouched. */
class HighlightedCopyTests {

    static final SheetColumn NO = SheetColumn.required("工号");
    static final SheetColumn NAME = SheetColumn.required("姓名");

    @Test
    void fillsEachBadCellRedAndCommentsItsMessages() throws Exception {
        byte[] copy;
        try (XlsxUpload upload = XlsxUploadTests.read(Workbooks.xlsx(workbook -> {
            workbook.createSheet("说明");
            Workbooks.fill(
                    workbook,
                    workbook.createSheet("用户"),
                    0,
                    new Object[] {"工号", "姓名"},
                    new Object[] {"E1", "甲"},
                    new Object[] {"x", new Formula("1+1")});
        }))) {
            SheetRow bad = upload.table("用户", List.of(NO, NAME)).rows().get(1);
            bad.required(NAME);
            bad.problem(NO, "工号格式不对");
            bad.problem(NO, "工号重复");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            upload.report().writeHighlightedCopy(out);
            copy = out.toByteArray();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            var sheet = workbook.getSheet("用户");
            XSSFCell no = sheet.getRow(2).getCell(0);
            assertThat(no.getStringCellValue()).isEqualTo("x");
            assertRed(no);
            assertThat(no.getCellComment().getString().getString()).isEqualTo("工号格式不对\n工号重复");
            XSSFCell name = sheet.getRow(2).getCell(1);
            assertThat(name.getCellFormula()).isEqualTo("1+1");
            assertRed(name);
            assertThat(name.getCellComment().getString().getString()).isEqualTo("公式单元格不被接受");
            XSSFCell good = sheet.getRow(1).getCell(0);
            assertThat(good.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(good.getCellComment()).isNull();
            assertThat(workbook.getActiveSheetIndex()).isEqualTo(1);
        }
    }

    static void assertRed(XSSFCell cell) {
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(cell.getCellStyle().getFillForegroundXSSFColor().getRGB()).containsExactly(0xFF, 0, 0);
    }
}
