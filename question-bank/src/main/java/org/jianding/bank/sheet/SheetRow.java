package org.jianding.bank.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;

/**
 * One data row with typed access by column. Each getter returns null when there is nothing usable, having reported
 * why at the cell (formula, error value, bad date, blank required cell), so an importer checks its own rules only on
 * real values and never reports one cell twice.
 */
public final class SheetRow {

    private static final List<DateTimeFormatter> DATE_FORMATS =
            List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd").stream()
                    .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
                    .toList();

    private final SheetTable table;
    private final Row row;
    private final Set<Integer> reported = new HashSet<>();

    SheetRow(SheetTable table, Row row) {
        this.table = table;
        this.row = row;
    }

    /** The row number as Excel shows it. */
    public int number() {
        return row.getRowNum() + 1;
    }

    /** The cell's text, stripped; null when blank, unreadable or the column is absent. */
    public String text(SheetColumn column) {
        CellValue value = value(column);
        return value == null || value.blank() ? null : value.text();
    }

    /** Like {@link #text}, with full-width letters, digits and punctuation folded (NFKC): for codes and names of things. */
    public String code(SheetColumn column) {
        String text = text(column);
        return text == null
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** Like {@link #text}, reporting a blank cell as missing. */
    public String required(SheetColumn column) {
        CellValue value = value(column);
        if (value != null && value.blank()) {
            report(column, SheetMessages.REQUIRED, column.name());
        }
        return value == null || value.blank() ? null : value.text();
    }

    /** A date cell, or text such as 2024-07-01, 2024/7/1, 2024年7月1日; null when blank or invalid. */
    public LocalDate date(SheetColumn column) {
        CellValue value = value(column);
        if (value == null || value.blank()) {
            return null;
        }
        if (value.date() != null) {
            return value.date();
        }
        String text = Normalizer.normalize(value.text(), Normalizer.Form.NFKC).strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        report(column, SheetMessages.NOT_A_DATE, value.text());
        return null;
    }

    /** A whole number; null when blank or not an integer. */
    public Integer integer(SheetColumn column) {
        String text = code(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            report(column, SheetMessages.NOT_AN_INTEGER, text);
            return null;
        }
    }

    /** Reports an importer's own rule at this row's cell of {@code column} (at the row's first cell if absent). */
    public void problem(SheetColumn column, String message) {
        int index = Math.max(table.indexOf(column), 0);
        reported.add(index);
        table.report().add(new CellProblem(table.sheetName(), number(), SheetHeader.letter(index), message));
    }

    /** Whether a problem is already reported at this column in this row. */
    public boolean hasProblem(SheetColumn column) {
        return reported.contains(table.indexOf(column));
    }

    private CellValue value(SheetColumn column) {
        int index = table.indexOf(column);
        if (index < 0) {
            return null;
        }
        CellValue value = CellValue.of(row.getCell(index));
        if (value.problemKey() != null) {
            report(column, value.problemKey(), value.problemArgument());
            return null;
        }
        return value;
    }

    private void report(SheetColumn column, String key, Object argument) {
        int index = table.indexOf(column);
        if (reported.add(index)) {
            table.report().add(table.sheetName(), number(), index, key, argument);
        }
    }
}
