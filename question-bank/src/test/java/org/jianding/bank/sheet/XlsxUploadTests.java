package org.jianding.bank.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianding.bank.sheet.UnreadableWorkbookException.Reason;
import org.junit.jupiter.api.Test;

/** The format is judged by content and every size is bounded, whatever the file is called. */
class XlsxUploadTests {

    private static final List<SheetColumn> COLUMNS = List.of(SheetColumn.required("工号"));

    @Test
    void readsAGoodWorkbook() throws Exception {
        try (XlsxUpload upload = read(Workbooks.sheet("用户", new Object[] {"工号"}, new Object[] {"A1"}))) {
            assertThat(upload.sheetNames()).containsExactly("用户");
            assertThat(upload.table("用户", COLUMNS).rows()).hasSize(1);
            assertThat(upload.report().hasProblems()).isFalse();
        }
    }

    @Test
    void refusesAnOldXlsFileRenamedToXlsx() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("用户").createRow(0).createCell(0).setCellValue("工号");
            xls = Workbooks.bytes(workbook);
        }
        assertRefused(xls, Reason.LEGACY_XLS);
    }

    @Test
    void refusesACsvFileRenamedToXlsx() {
        assertRefused("工号,姓名\n1001,张三\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_XLSX);
    }

    @Test
    void refusesAPlainZipRenamedToXlsx() throws Exception {
        assertRefused(Workbooks.zipOf("readme.txt", "not a workbook"), Reason.NOT_XLSX);
    }

    @Test
    void refusesAWordDocumentRenamedToXlsx() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("工号");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            docx = out.toByteArray();
        }
        assertRefused(docx, Reason.NOT_XLSX);
    }

    @Test
    void refusesAnEmptyUpload() {
        assertRefused(new byte[0], Reason.NOT_XLSX);
    }

    @Test
    void refusesAFileOverTheByteLimit() {
        byte[] workbook = Workbooks.sheet("用户", new Object[] {"工号"});
        assertThatThrownBy(() -> XlsxUpload.read(
                        new ByteArrayInputStream(workbook), SheetLimits.DEFAULT.withMaxBytes(workbook.length - 1)))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("大小上限");
                });
    }

    @Test
    void refusesAZipBombBeforeExpandingIt() throws Exception {
        byte[] bomb = Workbooks.withExtraEntry(
                Workbooks.sheet("用户", new Object[] {"工号"}), "xl/media/zeros.bin", new byte[20 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(200 * 1024);
        assertRefused(bomb, Reason.ZIP_BOMB);
    }

    @Test
    void refusesAnEntryOverTheExpandedSizeLimit() {
        byte[] workbook = Workbooks.sheet("用户", new Object[] {"工号"}, new Object[] {"A1"});
        assertThatThrownBy(() ->
                        XlsxUpload.read(new ByteArrayInputStream(workbook), SheetLimits.DEFAULT.withMaxEntrySize(200)))
                .isInstanceOfSatisfying(
                        UnreadableWorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB));
    }

    @Test
    void refusesASheetWithMoreRowsThanTheLimit() throws Exception {
        Object[][] rows = new Object[12][];
        rows[0] = new Object[] {"工号"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"E" + i};
        }
        try (XlsxUpload upload = XlsxUpload.read(
                new ByteArrayInputStream(Workbooks.sheet("用户", rows)), SheetLimits.DEFAULT.withMaxRows(10))) {
            assertThatThrownBy(() -> upload.table("用户", COLUMNS))
                    .isInstanceOfSatisfying(
                            UnreadableWorkbookException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS));
        }
    }

    @Test
    void findsTheSheetDespiteFullWidthAndSpacesButReportsAMissingOne() throws Exception {
        try (XlsxUpload upload = read(Workbooks.sheet(" 用户 ", new Object[] {"工号"}))) {
            assertThat(upload.table("用户", COLUMNS).sheetName()).isEqualTo(" 用户 ");
            assertThatThrownBy(() -> upload.table("试题", COLUMNS))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.SHEET_MISSING);
                        assertThat(e.detail()).isEqualTo("试题");
                    });
        }
    }

    static XlsxUpload read(byte[] bytes) throws UnreadableWorkbookException, IOException {
        return XlsxUpload.read(new ByteArrayInputStream(bytes), SheetLimits.DEFAULT);
    }

    private static void assertRefused(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOfSatisfying(
                        UnreadableWorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
