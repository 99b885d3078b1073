package org.jianding.app.statistics;

import static org.jianding.app.statistics.StatisticsWorkbook.header;
import static org.jianding.app.statistics.StatisticsWorkbook.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.Observation;
import org.jianding.bank.statistics.OptionStatistics;

/**
 * The statistics over sessions as .xlsx, unrounded like a session's: a paper's (the session's sheets for the pooled
 * analysis, then one line per session), and a question's (per level, per session, and the options per session).
 */
final class PooledWorkbook {

    private PooledWorkbook() {}

    static byte[] ofPaper(PooledStatistics.OfPaper paper, Function<String, String> words) {
        SessionStatistics.Analysed a = paper.pooled();
        return StatisticsWorkbook.of(
                a, ScoreDistribution.of(a.statistics().totals(), a.maxTotal()), words, (workbook, decimals) -> {
                    Sheet sheet = workbook.createSheet(words.apply("statistics.sheet.sittings"));
                    header(
                            sheet,
                            words,
                            "statistics.sitting.session",
                            "statistics.sitting.level",
                            "statistics.sitting.candidates",
                            "statistics.sitting.facility",
                            "statistics.test.mean",
                            "statistics.test.sd",
                            "statistics.test.cic",
                            "statistics.test.standardError");
                    for (PooledStatistics.Sitting s : paper.sittings()) {
                        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                        row.createCell(0).setCellValue(s.title() + " (#" + s.sessionId() + ")");
                        row.createCell(1).setCellValue(level(s.level(), words));
                        row.createCell(2).setCellValue(s.test().count());
                        number(row, 3, s.facility() == null ? null : 100 * s.facility(), decimals);
                        number(row, 4, s.test().mean(), decimals);
                        number(row, 5, s.test().sd(), decimals);
                        number(row, 6, s.test().cic(), decimals);
                        number(row, 7, s.test().standardError(), decimals);
                    }
                });
    }

    static byte[] ofQuestion(PooledStatistics.OfQuestion question, Function<String, String> words) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle decimals = workbook.createCellStyle();
            decimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Sheet levels = workbook.createSheet(words.apply("statistics.sheet.levels"));
            header(
                    levels,
                    words,
                    "statistics.sitting.level",
                    "statistics.question.sessions",
                    "statistics.item.responses",
                    "statistics.item.facility",
                    "statistics.item.discriminationIndex");
            for (PooledStatistics.AtLevel a : question.levels()) {
                Row row = levels.createRow(levels.getLastRowNum() + 1);
                row.createCell(0).setCellValue(level(a.level(), words));
                row.createCell(1).setCellValue(a.pooled().sittings());
                row.createCell(2).setCellValue(a.pooled().responses());
                number(
                        row,
                        3,
                        a.pooled().facility() == null ? null : 100 * a.pooled().facility(),
                        decimals);
                number(row, 4, a.pooled().discrimination(), decimals);
            }
            Sheet sessions = workbook.createSheet(words.apply("statistics.sheet.sessions"));
            header(
                    sessions,
                    words,
                    "statistics.sitting.session",
                    "statistics.sitting.level",
                    "statistics.sitting.candidates",
                    "statistics.item.maxPoints",
                    "statistics.item.responses",
                    "statistics.item.facility",
                    "statistics.item.sd",
                    "statistics.item.discriminationIndex",
                    "statistics.item.discriminativeEfficiency",
                    "statistics.item.effectiveWeight");
            Sheet options = workbook.createSheet(words.apply("statistics.sheet.options"));
            header(
                    options,
                    words,
                    "statistics.sitting.session",
                    "statistics.option.label",
                    "statistics.option.count",
                    "statistics.option.share",
                    "statistics.option.meanTotal");
            for (PooledStatistics.InSession s : question.sessions()) {
                ItemStatistics i = s.item();
                String name = s.title() + " (#" + s.sessionId() + ")";
                Row row = sessions.createRow(sessions.getLastRowNum() + 1);
                row.createCell(0).setCellValue(name);
                row.createCell(1).setCellValue(level(s.level(), words));
                row.createCell(2).setCellValue(s.candidates());
                row.createCell(3).setCellValue(i.maxMark());
                row.createCell(4).setCellValue(i.responses());
                number(row, 5, i.facility() == null ? null : 100 * i.facility(), decimals);
                number(row, 6, i.sd() == null ? null : 100 * i.sd(), decimals);
                number(row, 7, i.discriminationIndex(), decimals);
                number(row, 8, i.discriminativeEfficiency(), decimals);
                number(row, 9, i.effectiveWeight(), decimals);
                for (OptionStatistics o : i.options()) {
                    Row line = options.createRow(options.getLastRowNum() + 1);
                    line.createCell(0).setCellValue(name);
                    line.createCell(1).setCellValue(o.option());
                    line.createCell(2).setCellValue(o.count());
                    number(line, 3, 100 * o.share(), decimals);
                    number(line, 4, o.meanTotal(), decimals);
                }
            }
            Sheet pooledOptions = workbook.createSheet(words.apply("statistics.sheet.levelOptions"));
            header(
                    pooledOptions,
                    words,
                    "statistics.sitting.level",
                    "statistics.option.label",
                    "statistics.option.count",
                    "statistics.option.meanZ");
            for (PooledStatistics.AtLevel a : question.levels()) {
                for (Observation.Option o : a.pooled().options()) {
                    Row line = pooledOptions.createRow(pooledOptions.getLastRowNum() + 1);
                    line.createCell(0).setCellValue(level(a.level(), words));
                    line.createCell(1).setCellValue(o.option());
                    line.createCell(2).setCellValue(o.count());
                    number(line, 3, o.meanZ(), decimals);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String level(org.jianding.bank.Level level, Function<String, String> words) {
        return level == null ? "" : words.apply("level." + level.name());
    }
}
