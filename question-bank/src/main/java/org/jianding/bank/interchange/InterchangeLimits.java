package org.jianding.bank.interchange;

/**
 * How much an uploaded question file may hold. Packages are zips, so a few kilobytes can expand into gigabytes:
 * the size as sent, the number of entries, each expanded entry and the expanded total are bounded before anything
 * is parsed.
 *
 * @param maxBytes the upload as sent
 * @param maxEntries entries of a zip package, folders included
 * @param maxEntrySize the largest expanded entry, in bytes
 * @param maxExpanded all expanded entries together, in bytes
 */
public record InterchangeLimits(long maxBytes, int maxEntries, long maxEntrySize, long maxExpanded) {

    /** Enough for a bank of several thousand questions with their images. */
    public static final InterchangeLimits DEFAULT =
            new InterchangeLimits(20L * 1024 * 1024, 5_000, 20L * 1024 * 1024, 200L * 1024 * 1024);

    public InterchangeLimits {
        if (maxBytes <= 0 || maxEntries <= 0 || maxEntrySize <= 0 || maxExpanded <= 0) {
            throw new IllegalArgumentException("every interchange limit must be positive");
        }
    }
}
