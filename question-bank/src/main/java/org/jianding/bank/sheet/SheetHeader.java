package org.jianding.bank.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Finds the header row (the first of the top rows that names one of the columns, so a title row above it is fine)
 * and maps each column to its position. A missing required column and a column named twice are reported at the
 * header row; unknown headers are ignored, so users may keep notes in extra columns.
 */
final class SheetHeader {

    private static final int SEARCHED_ROWS = 10;

    private final int rowIndex;
    private final Map<SheetColumn, Integer> columns;

    private SheetHeader(int rowIndex, Map<SheetColumn, Integer> columns) {
        this.rowIndex = rowIndex;
        this.columns = columns;
    }

    static SheetHeader find(Sheet sheet, List<SheetColumn> wanted, SheetReport report) {
        int headerIndex = Math.max(sheet.getFirstRowNum(), 0);
        for (int i = headerIndex; i < SEARCHED_ROWS && i <= sheet.getLastRowNum(); i++) {
            if (namesAny(sheet.getRow(i), wanted)) {
                headerIndex = i;
                break;
            }
        }
        Row row = sheet.getRow(headerIndex);
        Map<SheetColumn, Integer> found = new LinkedHashMap<>();
        int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        for (int c = 0; c < width; c++) {
            String text = CellValue.of(row.getCell(c)).text();
            for (SheetColumn column : wanted) {
                if (column.matches(text)) {
                    if (found.containsKey(column)) {
                        report.add(sheet.getSheetName(), headerIndex + 1, c, SheetMessages.DUPLICATE_COLUMN, text);
                    } else {
                        found.put(column, c);
                    }
                }
            }
        }
        int next = width;
        for (SheetColumn column : wanted) {
            if (column.required() && !found.containsKey(column)) {
                report.add(sheet.getSheetName(), headerIndex + 1, next++, SheetMessages.MISSING_COLUMN, column.name());
            }
        }
        return new SheetHeader(headerIndex, found);
    }

    /**
     * A header whose columns were decided elsewhere (an import's mapping step): nothing is searched or reported here;
     * the caller checks its own required columns.
     */
    static SheetHeader given(int rowIndex, Map<SheetColumn, Integer> columns) {
        return new SheetHeader(rowIndex, new LinkedHashMap<>(columns));
    }

    int rowIndex() {
        return rowIndex;
    }

    Map<SheetColumn, Integer> columns() {
        return columns;
    }

    int indexOf(SheetColumn column) {
        return columns.getOrDefault(column, -1);
    }

    static String letter(int columnIndex) {
        return CellReference.convertNumToColString(columnIndex);
    }

    /** Whether one of the top rows (where a header is looked for) names any of the columns. */
    static boolean anyNamed(Sheet sheet, List<SheetColumn> wanted) {
        for (int i = Math.max(sheet.getFirstRowNum(), 0); i < SEARCHED_ROWS && i <= sheet.getLastRowNum(); i++) {
            if (namesAny(sheet.getRow(i), wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAny(Row row, List<SheetColumn> wanted) {
        if (row == null) {
            return false;
        }
        for (Cell cell : row) {
            String text = CellValue.of(cell).text();
            if (wanted.stream().anyMatch(c -> c.matches(text))) {
                return true;
            }
        }
        return false;
    }
}
