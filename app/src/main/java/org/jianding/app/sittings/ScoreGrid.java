package org.jianding.app.sittings;

/**
 * The cells of an uploaded score file, whatever its format: rows and columns 0-based, text stripped, null when blank.
 * Problems are reported against {@link #sheetName()} with Excel's row numbers and column letters.
 */
interface ScoreGrid {

    String sheetName();

    int rowCount();

    int columnCount(int row);

    /** The cell's text, stripped; null when blank (or when the format reported it as unreadable, e.g. a formula). */
    String text(int row, int column);

    default boolean blankRow(int row) {
        for (int c = 0; c < columnCount(row); c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }
}
