package org.jianding.bank.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jianding.bank.sheet.UnreadableWorkbookException.Reason;
import org.junit.jupiter.api.Test;

/**
 * A zip bomb is reported as one, whatever else is (or is not) in the archive, and not as "not an xlsx"; an ordinary
 * workbook and a plain non-workbook zip are still told apart as before.
 */
class ZipBombSecurityTests {

    @Test
    void aBombWithoutAnyWorkbookPartIsABomb() throws IOException {
        assertRefused(zip("zeros.bin", 60 * 1024 * 1024), Reason.ZIP_BOMB);
    }

    @Test
    void aBombPosingAsTheSheetIsABomb() throws IOException {
        byte[] bomb = Workbooks.withExtraEntry(
                Workbooks.sheet("用户", new Object[] {"工号"}), "xl/worksheets/sheet9.xml", new byte[60 * 1024 * 1024]);
        assertRefused(bomb, Reason.ZIP_BOMB);
    }

    @Test
    void manySmallEntriesThatTogetherExplodeAreABomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 40; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".bin"));
                zip.write(new byte[2 * 1024 * 1024]);
                zip.closeEntry();
            }
        }
        assertRefused(out.toByteArray(), Reason.ZIP_BOMB);
    }

    @Test
    void aSmallZipThatIsNoWorkbookIsStillNotAnXlsx() throws IOException {
        assertRefused(zip("notes.txt", 1000), Reason.NOT_XLSX);
    }

    @Test
    void anOrdinaryWorkbookOpens() throws Exception {
        byte[] workbook = Workbooks.sheet("用户", new Object[] {"工号"}, new Object[] {"A1"});
        try (XlsxUpload upload = XlsxUpload.read(new ByteArrayInputStream(workbook), SheetLimits.DEFAULT)) {
            assertThat(upload.sheetNames()).contains("用户");
        }
    }

    private static byte[] zip(String name, int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(new byte[zeros]);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void assertRefused(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> XlsxUpload.read(new ByteArrayInputStream(bytes), SheetLimits.DEFAULT))
                .isInstanceOfSatisfying(
                        UnreadableWorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
