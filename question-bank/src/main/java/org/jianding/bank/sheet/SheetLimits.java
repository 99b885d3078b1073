package org.jianding.bank.sheet;

/**
 * How much an uploaded workbook may hold. An .xlsx is a zip of XML, so a few kilobytes can expand into gigabytes:
 * the compressed size, the inflate ratio, the size of each expanded entry and the number of rows are all bounded
 * before anything large is built in memory.
 *
 * @param maxBytes the upload's size as sent
 * @param maxRows rows of the sheet that is read, header included
 * @param minInflateRatio the smallest compressed/expanded ratio of a zip entry (POI's zip-bomb guard)
 * @param maxEntrySize the largest expanded zip entry, in bytes
 * @param maxTextSize the most characters POI may extract as text
 */
public record SheetLimits(long maxBytes, int maxRows, double minInflateRatio, long maxEntrySize, long maxTextSize) {

    /** Enough for a 10,000-question workbook; an importer with smaller files should lower it. */
    public static final SheetLimits DEFAULT =
            new SheetLimits(20L * 1024 * 1024, 20_000, 0.01, 200L * 1024 * 1024, 50_000_000L);

    public SheetLimits {
        if (maxBytes <= 0 || maxRows <= 0 || minInflateRatio <= 0 || maxEntrySize <= 0 || maxTextSize <= 0) {
            throw new IllegalArgumentException("every sheet limit must be positive");
        }
    }

    public SheetLimits withMaxBytes(long bytes) {
        return new SheetLimits(bytes, maxRows, minInflateRatio, maxEntrySize, maxTextSize);
    }

    public SheetLimits withMaxRows(int rows) {
        return new SheetLimits(maxBytes, rows, minInflateRatio, maxEntrySize, maxTextSize);
    }

    public SheetLimits withMaxEntrySize(long bytes) {
        return new SheetLimits(maxBytes, maxRows, minInflateRatio, bytes, maxTextSize);
    }
}
