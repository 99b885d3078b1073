package org.jianding.app.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.OptionStatistics;
import org.jianding.bank.statistics.ScoreSheet;
import org.jianding.bank.statistics.ScoreStatistics;
import org.jianding.bank.statistics.TestStatistics;

/**
 * The statistics as an .xlsx: the test, the items and the distribution, one sheet each (a session's also the standard
 * score, the knowledge areas and the options). Cells hold the unrounded
 * values (shown with two decimals by a number format), so a statistician can recompute from them; undefined values
 * are empty cells.
 */
final class StatisticsWorkbook {

    private StatisticsWorkbook() {}

    /** {@code words} gives the headings in the user's language from their message codes. */
    static byte[] of(
            ScoreSheet sheet,
            ScoreStatistics statistics,
            ScoreDistribution distribution,
            Function<String, String> words) {
        return write(sheet.labels(), statistics, distribution, words, (workbook, decimals) -> {});
    }

    /**
     * A session's statistics: the same sheets, then the standard score's reliability, the knowledge areas and the
     * options of the choice items.
     */
    static byte[] of(
            SessionStatistics.Analysed session, ScoreDistribution distribution, Function<String, String> words) {
        return of(session, distribution, words, (workbook, decimals) -> {});
    }

    /** A session's sheets (or a paper's pooled ones), then whatever {@code after} adds. */
    static byte[] of(
            SessionStatistics.Analysed session,
            ScoreDistribution distribution,
            Function<String, String> words,
            BiConsumer<XSSFWorkbook, CellStyle> after) {
        List<String> labels = session.questions().stream()
                .map(SessionStatistics.Question::label)
                .toList();
        return write(labels, session.statistics(), distribution, words, (workbook, decimals) -> {
            test(
                    workbook.createSheet(words.apply("statistics.sheet.standard")),
                    session.standardScore(),
                    decimals,
                    words);
            areas(workbook.createSheet(words.apply("statistics.sheet.areas")), session.areas(), decimals, words);
            options(
                    workbook.createSheet(words.apply("statistics.sheet.options")),
                    labels,
                    session.statistics(),
                    decimals,
                    words);
            after.accept(workbook, decimals);
        });
    }

    private static byte[] write(
            List<String> labels,
            ScoreStatistics statistics,
            ScoreDistribution distribution,
            Function<String, String> words,
            BiConsumer<XSSFWorkbook, CellStyle> more) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle decimals = workbook.createCellStyle();
            decimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            test(workbook.createSheet(words.apply("statistics.sheet.test")), statistics.test(), decimals, words);
            items(
                    workbook.createSheet(words.apply("statistics.sheet.items")),
                    labels,
                    statistics.items(),
                    decimals,
                    words);
            Sheet bands = workbook.createSheet(words.apply("statistics.sheet.distribution"));
            header(bands, words, "statistics.distribution.range", "statistics.distribution.count");
            for (ScoreDistribution.Band band : distribution.bands()) {
                Row row = bands.createRow(bands.getLastRowNum() + 1);
                row.createCell(0).setCellValue(band.range());
                row.createCell(1).setCellValue(band.count());
            }
            more.accept(workbook, decimals);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void test(Sheet sheet, TestStatistics t, CellStyle decimals, Function<String, String> words) {
        header(sheet, words, "statistics.measure", "statistics.value");
        Double[] values = {
            (double) t.count(),
            t.mean(),
            t.median(),
            t.sd(),
            t.skewness(),
            t.kurtosis(),
            t.cic(),
            t.errorRatio(),
            t.standardError()
        };
        List<String> codes = List.of(
                "statistics.test.count",
                "statistics.test.mean",
                "statistics.test.median",
                "statistics.test.sd",
                "statistics.test.skewness",
                "statistics.test.kurtosis",
                "statistics.test.cic",
                "statistics.test.errorRatio",
                "statistics.test.standardError");
        for (int k = 0; k < values.length; k++) {
            Row row = sheet.createRow(k + 1);
            row.createCell(0).setCellValue(words.apply(codes.get(k)));
            number(row, 1, values[k], k == 0 ? null : decimals);
        }
        sheet.setColumnWidth(0, 24 * 256);
    }

    private static void items(
            Sheet sheet,
            List<String> labels,
            List<ItemStatistics> items,
            CellStyle decimals,
            Function<String, String> words) {
        header(
                sheet,
                words,
                "statistics.item.label",
                "statistics.item.maxPoints",
                "statistics.item.responses",
                "statistics.item.facility",
                "statistics.item.sd",
                "statistics.item.discriminationIndex",
                "statistics.item.discriminativeEfficiency",
                "statistics.item.effectiveWeight");
        for (int i = 0; i < items.size(); i++) {
            ItemStatistics item = items.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(labels.get(i));
            row.createCell(1).setCellValue(item.maxMark());
            row.createCell(2).setCellValue(item.responses());
            // facility and sd as percentages, like the page and Moodle's report
            number(row, 3, item.facility() == null ? null : 100 * item.facility(), decimals);
            number(row, 4, item.sd() == null ? null : 100 * item.sd(), decimals);
            number(row, 5, item.discriminationIndex(), decimals);
            number(row, 6, item.discriminativeEfficiency(), decimals);
            number(row, 7, item.effectiveWeight(), decimals);
        }
    }

    private static void areas(
            Sheet sheet, List<SessionStatistics.Area> areas, CellStyle decimals, Function<String, String> words) {
        header(
                sheet,
                words,
                "statistics.area.name",
                "statistics.area.items",
                "statistics.area.maxPoints",
                "statistics.area.facility",
                "statistics.area.mean",
                "statistics.area.sd",
                "statistics.area.cic",
                "statistics.area.standardError");
        for (int i = 0; i < areas.size(); i++) {
            SessionStatistics.Area a = areas.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(a.name());
            row.createCell(1).setCellValue(a.items());
            number(row, 2, a.maxPoints(), decimals);
            number(row, 3, a.facility() == null ? null : 100 * a.facility(), decimals);
            number(row, 4, a.test().mean(), decimals);
            number(row, 5, a.test().sd(), decimals);
            number(row, 6, a.test().cic(), decimals);
            number(row, 7, a.test().standardError(), decimals);
        }
    }

    private static void options(
            Sheet sheet,
            List<String> labels,
            ScoreStatistics statistics,
            CellStyle decimals,
            Function<String, String> words) {
        header(
                sheet,
                words,
                "statistics.item.label",
                "statistics.option.label",
                "statistics.option.count",
                "statistics.option.share",
                "statistics.option.meanTotal");
        for (int i = 0; i < labels.size(); i++) {
            for (OptionStatistics o : statistics.items().get(i).options()) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue(labels.get(i));
                row.createCell(1).setCellValue(o.option());
                row.createCell(2).setCellValue(o.count());
                number(row, 3, 100 * o.share(), decimals);
                number(row, 4, o.meanTotal(), decimals);
            }
        }
    }

    static void header(Sheet sheet, Function<String, String> words, String... codes) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < codes.length; c++) {
            row.createCell(c).setCellValue(words.apply(codes[c]));
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    static void number(Row row, int column, Double value, CellStyle style) {
        if (value == null) {
            row.createCell(column);
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
