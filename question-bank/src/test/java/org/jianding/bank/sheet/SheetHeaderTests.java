package org.jianding.bank.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A column is found by any of its names, however the user's input method wrote them. */
class SheetHeaderTests {

    static final SheetColumn STEM = SheetColumn.required("题干", "题目");
    static final SheetColumn KEY = SheetColumn.required("答案", "正确答案");
    static final SheetColumn NOTE = SheetColumn.optional("解析");
    static final SheetColumn LEVEL = SheetColumn.required("适用级别");

    @Test
    void findsColumnsByAnyNameIgnoringSpacesWidthMarkersAndRemarks() throws Exception {
        try (XlsxUpload upload = XlsxUploadTests.read(
                Workbooks.sheet("试题", new Object[] {" 题 目 ", "正确答案*", "解析（可选）", "ＡＢＣ", "适用级别"}, new Object[] {
                    "电信业务？", "A", "", "x", "初级"
                }))) {
            SheetTable table = upload.table("试题", List.of(STEM, KEY, NOTE, LEVEL));
            SheetRow row = table.rows().get(0);
            assertThat(row.text(STEM)).isEqualTo("电信业务？");
            assertThat(row.text(KEY)).isEqualTo("A");
            assertThat(table.has(NOTE)).isTrue();
            assertThat(row.text(NOTE)).isNull();
            assertThat(upload.report().hasProblems()).isFalse();
        }
    }

    @Test
    void findsTheHeaderBelowATitleRow() throws Exception {
        try (XlsxUpload upload = XlsxUploadTests.read(Workbooks.sheet(
                "试题", new Object[] {"2026 年题库导入"}, new Object[] {}, new Object[] {"题干", "答案", "适用级别"}, new Object[] {
                    "问题一", "B", "中级"
                }))) {
            SheetTable table = upload.table("试题", List.of(STEM, KEY, LEVEL));
            assertThat(table.headerRow()).isEqualTo(3);
            assertThat(table.rows()).extracting(SheetRow::number).containsExactly(4);
        }
    }

    @Test
    void reportsMissingRequiredAndDuplicatedColumnsAtTheHeaderRow() throws Exception {
        try (XlsxUpload upload =
                XlsxUploadTests.read(Workbooks.sheet("试题", new Object[] {"题干", "题目"}, new Object[] {"问题一", "问题一"}))) {
            SheetTable table = upload.table("试题", List.of(STEM, KEY, NOTE, LEVEL));
            assertThat(table.has(NOTE)).isFalse();
            assertThat(table.rows().get(0).required(KEY)).isNull();
            assertThat(upload.report().problems())
                    .containsExactly(
                            new CellProblem("试题", 1, "B", "列“题目”出现了不止一次"),
                            new CellProblem("试题", 1, "C", "缺少列“答案”"),
                            new CellProblem("试题", 1, "D", "缺少列“适用级别”"));
        }
    }
}
