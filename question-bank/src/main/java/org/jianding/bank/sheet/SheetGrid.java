package org.jianding.bank.sheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet read cell by cell, for layouts whose columns are data rather than a fixed header (a score sheet has one
 * column per item). Indexes are 0-based; problems are reported as Excel shows the cell (row 1, column A).
 */
public final class SheetGrid {

    private final Sheet sheet;
    private final SheetReport report;

    SheetGrid(Sheet sheet, SheetReport report) {
        this.sheet = sheet;
        this.report = report;
    }

    public String sheetName() {
        return sheet.getSheetName();
    }

    /** Rows up to the last one that exists in the file (it may be blank). */
    public int rowCount() {
        return sheet.getLastRowNum() + 1;
    }

    /** Cells up to the last one that exists in that row; 0 for a missing row. */
    public int columnCount(int row) {
        Row r = sheet.getRow(row);
        return r == null ? 0 : Math.max(r.getLastCellNum(), 0);
    }

    public boolean blankRow(int row) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return true;
        }
        for (var cell : r) {
            if (!CellValue.isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the cell holds nothing at all (a formula or an error value is not blank). */
    public boolean blank(int row, int column) {
        Row r = sheet.getRow(row);
        return CellValue.of(r == null ? null : r.getCell(column)).blank();
    }

    /**
     * The cell's text, stripped, as Excel shows a number; null when blank, and null after reporting it when the cell
     * is a formula or an error value.
     */
    public String text(int row, int column) {
        Row r = sheet.getRow(row);
        CellValue value = CellValue.of(r == null ? null : r.getCell(column));
        if (value.problemKey() != null) {
            report.add(sheetName(), row + 1, column, value.problemKey(), value.problemArgument());
            return null;
        }
        return value.blank() ? null : value.text();
    }

    /** The cell's text like {@link #text}, but null without reporting for a formula or an error value: for a look. */
    public String peek(int row, int column) {
        Row r = sheet.getRow(row);
        CellValue value = CellValue.of(r == null ? null : r.getCell(column));
        return value.blank() || value.problemKey() != null ? null : value.text();
    }

    /** The column's letter as Excel shows it: 0 is A. */
    public static String letter(int column) {
        return SheetHeader.letter(column);
    }

    /** Reports a reader's own rule at a cell. */
    public void problem(int row, int column, String message) {
        report.add(new CellProblem(sheetName(), row + 1, SheetHeader.letter(column), message));
    }
}
