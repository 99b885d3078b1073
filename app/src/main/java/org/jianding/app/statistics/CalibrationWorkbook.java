package org.jianding.app.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A calibration as an .xlsx: the item parameters with their standard errors (exact values, three decimals by
 * number format only; empty cells where there is none) and the fit summary.
 */
final class CalibrationWorkbook {

    private CalibrationWorkbook() {}

    static byte[] of(Calibration c, Function<String, String> words) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle decimals = workbook.createCellStyle();
            decimals.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
            Sheet items = workbook.createSheet(words.apply("calibration.sheet.items"));
            header(
                    items,
                    words,
                    List.of(
                            "calibration.item.position",
                            "calibration.item.question",
                            "calibration.item.a",
                            "calibration.item.seA",
                            "calibration.item.d",
                            "calibration.item.seD",
                            "calibration.item.b",
                            "calibration.item.seB",
                            "calibration.item.anchored",
                            "calibration.item.responses",
                            "calibration.item.proportionRight",
                            "calibration.item.sx2",
                            "calibration.item.sx2Df",
                            "calibration.item.sx2P"));
            for (Calibration.ItemParameters i : c.items()) {
                Row row = items.createRow(items.getLastRowNum() + 1);
                row.createCell(0).setCellValue(i.position());
                row.createCell(1).setCellValue(i.questionId());
                Double[] values = {i.a(), i.seA(), i.d(), i.seD(), i.b(), i.seB()};
                for (int v = 0; v < values.length; v++) {
                    number(row, 2 + v, values[v], decimals);
                }
                row.createCell(8).setCellValue(words.apply(i.anchored() ? "calibration.yes" : "calibration.no"));
                row.createCell(9).setCellValue(i.responses());
                number(row, 10, i.proportionRight(), decimals);
                number(row, 11, i.fitSx2(), decimals);
                if (i.fitDf() != null) {
                    row.createCell(12).setCellValue(i.fitDf());
                }
                number(row, 13, i.fitP(), decimals);
            }
            Sheet fit = workbook.createSheet(words.apply("calibration.sheet.fit"));
            header(fit, words, List.of("calibration.fit.measure", "calibration.fit.value"));
            Object[][] lines = {
                {
                    "calibration.fit.model",
                    words.apply("calibration.model." + c.model().name())
                },
                {"calibration.fit.persons", (double) c.persons()},
                {"calibration.fit.logLikelihood", c.logLikelihood()},
                {"calibration.fit.parameters", (double) c.parameters()},
                {"calibration.fit.aic", c.aic()},
                {"calibration.fit.bic", c.bic()},
                {"calibration.fit.cycles", (double) c.cycles()},
                {"calibration.fit.converged", words.apply(c.converged() ? "calibration.yes" : "calibration.no")},
                {"calibration.fit.quadrature", (double) c.quadraturePoints()},
                {"calibration.fit.abilityMean", c.abilityMean()},
                {"calibration.fit.abilitySd", c.abilitySd()}
            };
            for (Object[] line : lines) {
                Row row = fit.createRow(fit.getLastRowNum() + 1);
                row.createCell(0).setCellValue(words.apply((String) line[0]));
                if (line[1] instanceof Double v) {
                    number(row, 1, v, decimals);
                } else {
                    row.createCell(1).setCellValue((String) line[1]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, Function<String, String> words, List<String> codes) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < codes.size(); c++) {
            row.createCell(c).setCellValue(words.apply(codes.get(c)));
        }
    }

    private static void number(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
