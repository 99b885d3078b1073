package org.jianding.app.sittings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.jianding.bank.sheet.SheetLimits;
import org.jianding.bank.sheet.SheetMessages;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;

/**
 * Opens an uploaded score file by its content, never its name: a zip or an old Office file goes to the defensive
 * .xlsx reader (which refuses .xls, passwords and zip bombs), anything else is read as CSV text in UTF-8 or GBK.
 */
final class ScoreFiles {

    /** A sitting of a few thousand candidates × 100 items is well under this. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final int MAX_ROWS = 10_000;

    static final SheetLimits LIMITS =
            SheetLimits.DEFAULT.withMaxBytes(MAX_BYTES).withMaxRows(MAX_ROWS);

    private ScoreFiles() {}

    static ImportPlan check(byte[] bytes, SittingSheet sheet, Words words) {
        if (bytes.length == 0) {
            throw DomainException.badRequest("sittings.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.badRequest("sittings.file.TOO_LARGE", "5 MB");
        }
        if (office(bytes)) {
            SheetMessages sheetWords = (key, arguments) -> words.get("sheet." + key, arguments);
            try (XlsxUpload upload = XlsxUpload.read(new ByteArrayInputStream(bytes), LIMITS, sheetWords)) {
                ScoreGrid grid = new XlsxScoreGrid(upload.firstVisibleSheet());
                // with the formulas and error values the grid reports while the check reads the cells
                return ScoreFileCheck.check(
                        grid, sheet, ".xlsx", () -> upload.report().problems(), words);
            } catch (UnreadableWorkbookException e) {
                throw DomainException.badRequest("sittings.file." + e.reason(), e.detail());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            CsvScoreGrid grid = CsvScoreGrid.read(bytes, MAX_ROWS, ScoreFileCheck.MAX_COLUMNS + 1);
            return ScoreFileCheck.check(
                    grid, sheet, words.get("sittings.check.csvFormat", grid.encoding()), List::of, words);
        } catch (CsvScoreGrid.Unreadable e) {
            throw DomainException.badRequest("sittings.file.csv", e.getMessage());
        }
    }

    /** A zip (.xlsx) or an OLE2 compound file (.xls, an encrypted workbook). */
    private static boolean office(byte[] b) {
        return b.length >= 4
                && ((b[0] == 'P' && b[1] == 'K')
                        || ((b[0] & 0xff) == 0xd0 && (b[1] & 0xff) == 0xcf && (b[2] & 0xff) == 0x11));
    }
}
