package org.jianding.bank.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jianding.bank.sheet.UnreadableWorkbookException.Reason;

/**
 * Expands a zip once, discarding what it reads, to tell a zip bomb from a file that is merely not a workbook before
 * POI opens it. POI's own guard reports a bomb only through the text of an exception that several layers may wrap or
 * replace, so a bomb could reach the user as "not an xlsx". Refused here: an entry larger than {@link
 * SheetLimits#maxEntrySize()}, and an archive that, past its first megabyte, has expanded more than the inverse of
 * {@link SheetLimits#minInflateRatio()} times its size. A damaged zip is left for POI to judge.
 */
final class ZipExpansion {

    /** Small files compress far better than any ratio limit allows: the ratio counts only beyond this. */
    private static final long RATIO_GRACE = 1024 * 1024;

    private ZipExpansion() {}

    static void check(byte[] zip, SheetLimits limits) throws UnreadableWorkbookException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                long size = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntrySize()
                            || (total > RATIO_GRACE && (double) zip.length / total < limits.minInflateRatio())) {
                        throw new UnreadableWorkbookException(Reason.ZIP_BOMB, null, null);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            // not a zip this reader can walk (or a damaged one): POI decides what it is
        }
    }
}
