package org.jianding.bank.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jianding.bank.sheet.Workbooks.Formula;
import org.junit.jupiter.api.Test;

/** Values come out as the user typed them: no float noise, dates as dates, formulas refused and never evaluated. */
class SheetRowTests {

    static final SheetColumn NO = SheetColumn.required("工号");
    static final SheetColumn NAME = SheetColumn.required("姓名");
    static final SheetColumn SINCE = SheetColumn.optional("任岗日期");
    static final SheetColumn COUNT = SheetColumn.optional("人数");
    static final List<SheetColumn> COLUMNS = List.of(NO, NAME, SINCE, COUNT);

    @Test
    void readsNumbersWithoutFloatNoise() throws Exception {
        List<SheetRow> rows = rows(
                new Object[] {"工号", "姓名", "人数"},
                new Object[] {2.0, "张三", 3},
                new Object[] {0.1 + 0.2, "李四", 12345678901.0},
                new Object[] {-0.0, "王五", 1e20});
        assertThat(rows).extracting(r -> r.text(NO)).containsExactly("2", "0.3", "0");
        assertThat(rows).extracting(r -> r.text(COUNT)).containsExactly("3", "12345678901", "100000000000000000000");
        assertThat(rows.get(0).integer(COUNT)).isEqualTo(3);
    }

    @Test
    void readsDateCellsAsDatesAndCommonWrittenDates() throws Exception {
        List<SheetRow> rows = rows(
                new Object[] {"工号", "姓名", "任岗日期"},
                new Object[] {"E1", "甲", LocalDate.of(2024, 7, 1)},
                new Object[] {"E2", "乙", "2019/3/5"},
                new Object[] {"E3", "丙", "２０２０年１２月３１日"},
                new Object[] {"E4", "丁", "2023-02-30"});
        assertThat(rows)
                .extracting(r -> r.date(SINCE))
                .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2019, 3, 5), LocalDate.of(2020, 12, 31), null);
        assertThat(report(rows)).containsExactly(new CellProblem("用户", 5, "C", "“2023-02-30”不是有效日期（如 2024-07-01）"));
    }

    @Test
    void refusesFormulaCellsWithoutEvaluatingThem() throws Exception {
        List<SheetRow> rows =
                rows(new Object[] {"工号", "姓名"}, new Object[] {new Formula("\"E\"&1"), new Formula("1/0")});
        SheetRow row = rows.get(0);
        assertThat(row.text(NO)).isNull();
        assertThat(row.required(NAME)).isNull();
        assertThat(row.text(NO)).isNull();
        assertThat(report(rows))
                .containsExactly(
                        new CellProblem("用户", 2, "A", "公式单元格不被接受"), new CellProblem("用户", 2, "B", "公式单元格不被接受"));
    }

    @Test
    void reportsABlankRequiredCellOnceAndSkipsBlankRows() throws Exception {
        List<SheetRow> rows = rows(
                new Object[] {"工号", "姓名"}, new Object[] {"E1", "  "}, new Object[] {"", ""}, new Object[] {"E3", "丙"});
        assertThat(rows).extracting(SheetRow::number).containsExactly(2, 4);
        rows.get(0).required(NAME);
        rows.get(0).required(NAME);
        assertThat(report(rows)).containsExactly(new CellProblem("用户", 2, "B", "“姓名”不能为空"));
    }

    @Test
    void placesAnImportersOwnProblemAtTheCell() throws Exception {
        List<SheetRow> rows = rows(new Object[] {"姓名", "工号"}, new Object[] {"甲", "x"});
        rows.get(0).problem(NO, "工号格式不对");
        assertThat(rows.get(0).hasProblem(NO)).isTrue();
        assertThat(report(rows)).containsExactly(new CellProblem("用户", 2, "B", "工号格式不对"));
    }

    private XlsxUpload upload;

    private List<SheetRow> rows(Object[]... rows) throws Exception {
        upload = XlsxUploadTests.read(Workbooks.sheet("用户", rows));
        return upload.table("用户", COLUMNS).rows();
    }

    private List<CellProblem> report(List<SheetRow> rows) {
        return upload.report().problems();
    }
}
