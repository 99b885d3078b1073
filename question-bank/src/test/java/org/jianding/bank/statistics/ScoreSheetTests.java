package org.jianding.bank.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.bank.sheet.CellProblem;
import org.jianding.bank.sheet.SheetLimits;
import org.jianding.bank.sheet.XlsxUpload;
import org.junit.jupiter.api.Test;

/** Score sheets as real .xlsx files: a good one reads, and every bad cell is named by row and column. */
class ScoreSheetTests {

    /** A cell holding a formula. */
    record Formula(String text) {}

    @Test
    void readsLabelsMaximaAndPersons() throws Exception {
        byte[] file = xlsx(
                new Object[] {"考生", "第1题", "第2题"},
                new Object[] {"满分", 1, 2.5},
                new Object[] {"张伟", 1, 2.5},
                new Object[] {null},
                new Object[] {"李娜", 0, "1.5"});

        try (XlsxUpload upload = XlsxUpload.read(new ByteArrayInputStream(file), SheetLimits.DEFAULT)) {
            ScoreSheet sheet = ScoreSheet.read(upload.firstVisibleSheet(), ScoreSheet.Words.CHINESE);

            assertThat(upload.report().problems()).isEmpty();
            assertThat(sheet.labels()).containsExactly("第1题", "第2题");
            assertThat(sheet.maxPoints()).containsExactly(1, 2.5);
            assertThat(sheet.persons()).containsExactly("张伟", "李娜");
            ScoreStatistics stats = ItemAnalysis.of(sheet.responses());
            assertThat(stats.test().mean()).isEqualTo(2.5);
            assertThat(stats.items().get(1).facility()).isEqualTo(0.8);
        }
    }

    @Test
    void reportsEveryBadCellByRowAndColumn() throws Exception {
        byte[] file = xlsx(
                new Object[] {"考生", "第1题", "第1题", null, "第4题"},
                new Object[] {"总分", 1, "一", null, -1},
                new Object[] {"张伟", 2, 1, null, new Formula("1+1")},
                new Object[] {"张伟", 0, 1, "x", 0, 9},
                new Object[] {null, 1, 1, 1, 0});

        try (XlsxUpload upload = XlsxUpload.read(new ByteArrayInputStream(file), SheetLimits.DEFAULT)) {
            ScoreSheet sheet = ScoreSheet.read(upload.firstVisibleSheet(), ScoreSheet.Words.CHINESE);

            assertThat(sheet).isNull();
            assertThat(upload.report().problems())
                    .extracting(CellProblem::cell, CellProblem::message)
                    .containsExactly(
                            tuple("C1", "题目标签“第1题”出现了不止一次"),
                            tuple("D1", "题目标签不能为空"),
                            tuple("A2", "第 2 行第一格应为“满分”，本行填写各题满分"),
                            tuple("C2", "“一”不是数字"),
                            tuple("D2", "满分不能为空"),
                            tuple("E2", "满分“-1”应在 0 到 1000 之间"),
                            tuple("B3", "得分 2 超出 0 到满分 1 的范围"),
                            tuple("D3", "得分不能为空（未得分请填 0）"),
                            tuple("E3", "公式单元格不被接受"),
                            tuple("A4", "考生“张伟”与第 3 行重复"),
                            tuple("D4", "“x”不是数字"),
                            tuple("F4", "此格在题目列之外：请在第 1 行补上题目标签或删除此格"),
                            tuple("A5", "考生（姓名或编号）不能为空"));
        }
    }

    @Test
    void refusesASheetWithoutItemsOrPersons() throws Exception {
        assertThat(problems(xlsx(new Object[] {"考生"}, new Object[] {"满分"})))
                .containsExactly("B1：第 1 行没有题目：从 B1 起每列写一个题目标签");
        assertThat(problems(xlsx(new Object[] {"考生", "第1题"}, new Object[] {"满分", 1})))
                .containsExactly("A3：没有考生行：从第 3 行起每行一名考生");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static List<String> problems(byte[] file) throws Exception {
        try (XlsxUpload upload = XlsxUpload.read(new ByteArrayInputStream(file), SheetLimits.DEFAULT)) {
            assertThat(ScoreSheet.read(upload.firstVisibleSheet(), ScoreSheet.Words.CHINESE))
                    .isNull();
            return upload.report().problems().stream()
                    .map(p -> p.cell() + "：" + p.message())
                    .toList();
        }
    }

    static byte[] xlsx(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("成绩");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Formula formula) {
                        row.createCell(c).setCellFormula(formula.text());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
