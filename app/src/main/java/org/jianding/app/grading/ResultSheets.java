package org.jianding.app.grading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.shared.DisplayTime;
import org.springframework.stereotype.Service;

/**
 * The 成绩单 of a session as an Excel workbook, from the same {@link SessionResults} as the page and the API. Sheet
 * 成绩单: one row per line (every attempt, and a 缺考 row for each enrolled candidate who never started) with 工号,
 * 姓名, 单位, one score column per area, 标准分, 是否合格, 状态, 交卷方式, 交卷时间, under a frozen, filterable header.
 * Sheet 领域明细: per result and area the points, maximum, area score, weight, effective weight, contribution and
 * why an area counts for nothing. Sheet 汇总: the counts (应考, 实考, 缺考, …, 合格, 不合格), the pass rate, the
 * statistics of the standard score and the mean score of each area. Numbers are numeric cells; an area that is not on
 * a candidate's paper reads 本卷无题, never 0.
 */
@Service
public class ResultSheets {

    static final String NOT_ON_PAPER = "本卷无题";
    static final String NOT_WEIGHTED = "不计权";

    private final SessionResults sessionResults;
    private final DisplayTime time;

    ResultSheets(SessionResults sessionResults, DisplayTime time) {
        this.sessionResults = sessionResults;
        this.time = time;
    }

    public byte[] workbook(long sessionId) {
        SessionResults.View view = sessionResults.of(sessionId);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            results(book.createSheet("成绩单"), view, bold);
            areas(book.createSheet("领域明细"), view, bold);
            summary(book.createSheet("汇总"), view, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void results(Sheet sheet, SessionResults.View view, CellStyle bold) {
        List<String> header = new ArrayList<>(List.of("工号", "姓名", "单位"));
        view.areas().forEach(a -> header.add(a.name() + "（" + a.code() + "）"));
        header.addAll(List.of("标准分", "是否合格", "状态", "交卷方式", "交卷时间"));
        header(sheet, header, bold);
        int r = 1;
        for (SessionResults.Line line : view.lines()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(line.employeeNo());
            row.createCell(c++).setCellValue(line.name());
            row.createCell(c++).setCellValue(line.unit());
            for (SessionResults.Area a : view.areas()) {
                areaScore(row, c++, line.area(a.code()).orElse(null));
            }
            number(row, c++, line.standardScore());
            row.createCell(c++).setCellValue(line.decision());
            row.createCell(c++).setCellValue(line.status().label());
            row.createCell(c++).setCellValue(line.handIn());
            row.createCell(c).setCellValue(line.submittedAt() == null ? "" : time.dateTime(line.submittedAt()));
        }
        finish(sheet, header.size(), r, 3);
    }

    private static void areas(Sheet sheet, SessionResults.View view, CellStyle bold) {
        List<String> header = List.of("工号", "姓名", "领域", "得分", "满分", "领域分", "权重", "有效权重", "贡献", "说明");
        header(sheet, header, bold);
        int r = 1;
        for (SessionResults.Line line : view.lines()) {
            if (line.result() == null) {
                continue;
            }
            for (ResultView.AreaLine a : line.result().areas()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.employeeNo());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(a.name() + "（" + a.area() + "）");
                number(row, 3, a.earned());
                number(row, 4, a.max());
                areaScore(row, 5, a);
                number(row, 6, a.weight());
                number(row, 7, a.effectiveWeight());
                number(row, 8, a.contribution());
                row.createCell(9).setCellValue(a.reason());
            }
        }
        finish(sheet, header.size(), r, 3);
    }

    private static void summary(Sheet sheet, SessionResults.View view, CellStyle bold) {
        SessionResults.Summary s = view.summary();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"考试", view.session().title()});
        rows.add(new Object[] {"应考人数", count(s.enrolled())});
        rows.add(new Object[] {"实考人数", count(s.sat())});
        rows.add(new Object[] {"缺考人数", count(s.absent())});
        rows.add(new Object[] {"作答中", count(s.inProgress())});
        rows.add(new Object[] {"交卷份数", count(s.submitted())});
        rows.add(new Object[] {"成绩份数", count(s.marked())});
        rows.add(new Object[] {"评分中", count(s.unmarked())});
        rows.add(new Object[] {"待阅卷", count(s.grading())});
        rows.add(new Object[] {"已出分", count(s.scored())});
        rows.add(new Object[] {"合格人数", count(s.passed())});
        rows.add(new Object[] {"不合格人数", count(s.failed())});
        rows.add(new Object[] {"已发布", count(s.released())});
        rows.add(new Object[] {"发布后变更", count(s.changedAfterRelease())});
        rows.add(new Object[] {"合格率（%）", s.passRate()});
        rows.add(new Object[] {"标准分平均", s.mean()});
        rows.add(new Object[] {"标准分中位数", s.median()});
        rows.add(new Object[] {"标准分最低", s.min()});
        rows.add(new Object[] {"标准分最高", s.max()});
        view.areas().forEach(a -> rows.add(new Object[] {a.name() + "（" + a.code() + "）平均分", a.mean()}));
        header(sheet, List.of("项目", "数值"), bold);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue((String) rows.get(i)[0]);
            Object value = rows.get(i)[1];
            if (value instanceof String text) {
                row.createCell(1).setCellValue(text);
            } else {
                number(row, 1, (BigDecimal) value);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static BigDecimal count(int n) {
        return BigDecimal.valueOf(n);
    }

    private static void header(Sheet sheet, List<String> header, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
            head.getCell(c).setCellStyle(bold);
        }
    }

    private static void finish(Sheet sheet, int columns, int rows, int wide) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c < wide ? 16 * 256 : 14 * 256);
        }
    }

    /** The area score as a number; for an area that counts for nothing, the words that say why; else blank. */
    private static void areaScore(Row row, int c, ResultView.AreaLine area) {
        if (area == null) {
            row.createCell(c);
            return;
        }
        switch (area.standing()) {
            case SCORED -> number(row, c, area.score());
            case NOT_ON_PAPER -> row.createCell(c).setCellValue(NOT_ON_PAPER);
            case NOT_WEIGHTED -> row.createCell(c).setCellValue(NOT_WEIGHTED);
        }
    }

    private static void number(Row row, int c, BigDecimal value) {
        if (value == null) {
            row.createCell(c);
        } else {
            row.createCell(c).setCellValue(value.doubleValue());
        }
    }
}
