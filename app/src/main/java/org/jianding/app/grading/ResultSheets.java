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
 * The 成绩单 of a session as an Excel workbook: sheet 成绩单 with one row per result (工号, 姓名, 单位, one score
 * column per area, 标准分, 是否合格, 状态, 交卷时间) under a frozen, filterable header; sheet 汇总 with the counts,
 * pass rate, the statistics of the standard score and the mean score of each area. Numbers are numeric cells.
 */
@Service
public class ResultSheets {

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
        header.addAll(List.of("标准分", "是否合格", "状态", "交卷时间"));
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
            head.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (SessionResults.Line line : view.lines()) {
            ResultView v = line.result();
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(v.employeeNo());
            row.createCell(c++).setCellValue(v.candidateName());
            row.createCell(c++).setCellValue(line.unit());
            for (SessionResults.Area a : view.areas()) {
                number(row, c++, line.score(a.code()));
            }
            number(row, c++, v.standardScore());
            row.createCell(c++).setCellValue(v.passed() == null ? "" : v.passed() ? "合格" : "不合格");
            row.createCell(c++).setCellValue(status(v));
            row.createCell(c).setCellValue(time.dateTime(line.submittedAt()));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, c < 3 ? 16 * 256 : 14 * 256);
        }
    }

    private static void summary(Sheet sheet, SessionResults.View view, CellStyle bold) {
        SessionResults.Summary s = view.summary();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"考试", view.session().title()});
        rows.add(new Object[] {"成绩份数", BigDecimal.valueOf(s.marked())});
        rows.add(new Object[] {"交卷人数", BigDecimal.valueOf(s.submitted())});
        rows.add(new Object[] {"已出分", BigDecimal.valueOf(s.scored())});
        rows.add(new Object[] {"待阅卷", BigDecimal.valueOf(s.grading())});
        rows.add(new Object[] {"合格人数", BigDecimal.valueOf(s.passed())});
        rows.add(new Object[] {"合格率（%）", s.passRate()});
        rows.add(new Object[] {"标准分平均", s.mean()});
        rows.add(new Object[] {"标准分中位数", s.median()});
        rows.add(new Object[] {"标准分最低", s.min()});
        rows.add(new Object[] {"标准分最高", s.max()});
        view.areas().forEach(a -> rows.add(new Object[] {a.name() + "（" + a.code() + "）平均分", a.mean()}));
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue("项目");
        head.createCell(1).setCellValue("数值");
        head.getCell(0).setCellStyle(bold);
        head.getCell(1).setCellStyle(bold);
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

    private static void number(Row row, int c, BigDecimal value) {
        if (value == null) {
            row.createCell(c);
        } else {
            row.createCell(c).setCellValue(value.doubleValue());
        }
    }

    static String status(ResultView v) {
        if (v.status() == ResultStatus.GRADING) {
            return "待阅卷";
        }
        if (v.releasedAt() == null) {
            return "已出分";
        }
        return v.changedAfterRelease() ? "已发布（发布后有变更）" : "已发布";
    }
}
