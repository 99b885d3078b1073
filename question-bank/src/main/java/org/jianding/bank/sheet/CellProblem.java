package org.jianding.bank.sheet;

/**
 * One thing wrong in an upload, placed where the user will look for it: the sheet, the row number as Excel shows
 * it (1-based) and the column letter.
 */
public record CellProblem(String sheet, int row, String column, String message) {

    /** The cell in A1 notation, e.g. {@code C7}. */
    public String cell() {
        return column + row;
    }

    @Override
    public String toString() {
        return sheet + "!" + cell() + "：" + message;
    }
}
