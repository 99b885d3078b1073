package org.jianding.bank.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an upload read as a table: the header row mapped to the importer's columns, then the data rows below
 * it. Blank rows are skipped, so a template with empty formatted rows imports only what was filled in.
 */
public final class SheetTable {

    private final Sheet sheet;
    private final SheetReport report;
    private final SheetHeader header;

    SheetTable(Sheet sheet, List<SheetColumn> columns, SheetReport report) {
        this(sheet, SheetHeader.find(sheet, columns, report), report);
    }

    SheetTable(Sheet sheet, SheetHeader header, SheetReport report) {
        this.sheet = sheet;
        this.report = report;
        this.header = header;
    }

    public String sheetName() {
        return sheet.getSheetName();
    }

    /** The header's row number as Excel shows it. */
    public int headerRow() {
        return header.rowIndex() + 1;
    }

    /** Whether the header has this column (a missing required one is already reported). */
    public boolean has(SheetColumn column) {
        return header.indexOf(column) >= 0;
    }

    /** The column's letter as Excel shows it (C), or null when the table does not have the column. */
    public String letter(SheetColumn column) {
        int index = header.indexOf(column);
        return index < 0 ? null : SheetHeader.letter(index);
    }

    /** Reports a problem about a whole column at its header cell (or the header row's first cell if it is absent). */
    public void headerProblem(SheetColumn column, String message) {
        int index = Math.max(header.indexOf(column), 0);
        report.add(new CellProblem(sheetName(), headerRow(), SheetHeader.letter(index), message));
    }

    /** The rows below the header that hold anything, in sheet order. */
    public List<SheetRow> rows() {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = header.rowIndex() + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && !blank(row)) {
                rows.add(new SheetRow(this, row));
            }
        }
        return rows;
    }

    Map<SheetColumn, Integer> columns() {
        return header.columns();
    }

    int indexOf(SheetColumn column) {
        return header.indexOf(column);
    }

    SheetReport report() {
        return report;
    }

    private static boolean blank(Row row) {
        for (var cell : row) {
            if (!CellValue.isBlank(cell)) {
                return false;
            }
        }
        return true;
    }
}
