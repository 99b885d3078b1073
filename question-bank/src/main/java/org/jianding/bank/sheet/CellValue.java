package org.jianding.bank.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * What one cell holds, read without evaluating anything. A formula is refused rather than read from its cached
 * result: the cache may be stale or forged, and an import should carry the values the user sees typed in. Numbers
 * are shown as Excel shows them (15 significant digits), so a 工号 typed as 2 reads "2", not "2.0", and 0.1+0.2
 * noise never reaches a validator.
 *
 * @param text the value as text, stripped; empty when the cell is blank
 * @param date set when the cell is a date-formatted number
 * @param problemKey a {@link SheetMessages} key when the cell cannot be used, else null
 */
record CellValue(String text, LocalDate date, String problemKey, String problemArgument) {

    private static final CellValue BLANK = new CellValue("", null, null, null);
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    static CellValue of(Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        return switch (cell.getCellType()) {
            case STRING -> new CellValue(cell.getStringCellValue().strip(), null, null, null);
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> new CellValue(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null, null);
            case FORMULA -> new CellValue("", null, SheetMessages.FORMULA, null);
            case ERROR -> new CellValue("", null, SheetMessages.ERROR_VALUE, errorText(cell));
            default -> BLANK;
        };
    }

    boolean blank() {
        return problemKey == null && text.isEmpty();
    }

    private static CellValue numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new CellValue(date.toString(), date, null, null);
        }
        return new CellValue(plain(cell.getNumericCellValue()), null, null, null);
    }

    static String plain(double number) {
        if (number == 0) {
            return "0";
        }
        return new BigDecimal(number)
                .round(EXCEL_PRECISION)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK || of(cell).blank();
    }
}
