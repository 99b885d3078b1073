package org.jianding.bank.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV question files told by content, in the encodings and separators Excel and WPS write. */
class CsvTextTests {

    private static final String ROWS = "题型,题干,答案\n单选,\"合同订立，应遵循的原则\",A\n判断,\"光猫是\n终端设备\",错\n";

    @Test
    void readsUtf8WithAndWithoutItsMarkAndQuotedFieldsWithCommasAndLineBreaks() throws Exception {
        byte[] plain = ROWS.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        for (byte[] file : List.of(plain, marked)) {
            List<List<String>> records = CsvText.read(file).orElseThrow();
            assertThat(records).hasSize(3);
            assertThat(records.get(0)).containsExactly("题型", "题干", "答案");
            assertThat(records.get(1)).containsExactly("单选", "合同订立，应遵循的原则", "A");
            assertThat(records.get(2)).containsExactly("判断", "光猫是\n终端设备", "错");
        }
    }

    @Test
    void readsGbkWithTabsAndExcelsUnicodeText() throws Exception {
        byte[] gbk = ROWS.replace(',', '\t').getBytes(Charset.forName("GBK"));
        assertThat(CsvText.read(gbk).orElseThrow().get(1)).containsExactly("单选", "合同订立，应遵循的原则", "A");
        byte[] utf16 = ROWS.replace(',', '\t').getBytes(StandardCharsets.UTF_16);
        assertThat(CsvText.read(utf16).orElseThrow().get(0)).containsExactly("题型", "题干", "答案");
    }

    @Test
    void aLongFileIsJudgedByItsFirstRecordsAndReadWhole() throws Exception {
        StringBuilder rows = new StringBuilder("题型,题干,答案\n");
        for (int i = 0; i < 5000; i++) {
            rows.append("判断,\"第").append(i).append("题：光猫是终端设备，对吗？\",错\n");
        }
        assertThat(rows.length()).isGreaterThan(64 * 1024);
        List<List<String>> records =
                CsvText.read(rows.toString().getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(records).hasSize(5001);
        assertThat(records.get(5000)).containsExactly("判断", "第4999题：光猫是终端设备，对吗？", "错");
    }

    @Test
    void proseWithTheOddCommaAndBinaryFilesAreNoCsv() throws Exception {
        byte[] aiken = "What is 2+2, roughly?\nA. 3\nB. 4\nANSWER: B\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvText.read(aiken)).isEmpty();
        assertThat(CsvText.read("<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(CsvText.read(new byte[] {'P', 'K', 3, 4, 0, 0, 0})).isEmpty();
    }

    @Test
    void aCsvInAnEncodingThatIsNeitherUtf8NorGbkIsRefusedWithThatReason() {
        // Shift-JIS half-width katakana: invalid UTF-8, and control-free GBK cannot read them either
        byte[] bad = {
            (byte) 0xB1, ',', (byte) 0xB2, ',', (byte) 0xB3, '\n', (byte) 0x80, ',', (byte) 0xFF, ',', (byte) 0xB3, '\n'
        };
        assertThatThrownBy(() -> CsvText.read(bad))
                .isInstanceOfSatisfying(
                        UnreadableWorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableWorkbookException.Reason.CSV_ENCODING))
                .hasMessageContaining("CSV 文件的编码无法识别");
        assertThat(CsvText.isCsv(bad)).isTrue();
    }

    @Test
    void aCsvOpensAsAOneSheetWorkbookOnlyWhereAsked() throws Exception {
        byte[] file = ROWS.getBytes(StandardCharsets.UTF_8);
        try (XlsxUpload upload = XlsxUpload.readAllowingCsv(
                new ByteArrayInputStream(file), SheetLimits.DEFAULT, SheetMessages.CHINESE)) {
            assertThat(upload.sheetNames()).containsExactly("CSV");
        }
        assertThatThrownBy(() -> XlsxUpload.read(new ByteArrayInputStream(file), SheetLimits.DEFAULT))
                .isInstanceOfSatisfying(
                        UnreadableWorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableWorkbookException.Reason.NOT_XLSX));
    }
}
