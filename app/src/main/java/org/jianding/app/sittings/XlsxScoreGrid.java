package org.jianding.app.sittings;

import org.jianding.bank.sheet.SheetGrid;

/** The first visible sheet of an uploaded .xlsx as a {@link ScoreGrid}; formulas are reported by the grid itself. */
final class XlsxScoreGrid implements ScoreGrid {

    private final SheetGrid grid;

    XlsxScoreGrid(SheetGrid grid) {
        this.grid = grid;
    }

    @Override
    public String sheetName() {
        return grid.sheetName();
    }

    @Override
    public int rowCount() {
        return grid.rowCount();
    }

    @Override
    public int columnCount(int row) {
        return grid.columnCount(row);
    }

    @Override
    public String text(int row, int column) {
        return grid.text(row, column);
    }

    @Override
    public boolean blankRow(int row) {
        return grid.blankRow(row);
    }
}
