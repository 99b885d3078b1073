package org.jianding.bank.assembly;

import java.util.Objects;

/**
 * One row of the blueprint. A points row (the 比重表's usual kind): the items in {@code scope} carry {@code percent}
 * of the total points, give or take {@code tolerance} percentage points (0 means exactly); a band such as 记忆 20–30 %
 * is percent 25 ± 5. A count row ({@code counts} not null): the paper holds between {@code counts.min()} and {@code
 * counts.max()} questions in {@code scope}, whatever their points (e.g. 记忆 at least 10 题; percent and tolerance
 * are then 0).
 */
public record ShareRow(RowScope scope, double percent, double tolerance, CountBand counts) {

    /** At least {@code min} and at most {@code max} questions ({@link #UNBOUNDED}: no most). */
    public record CountBand(int min, int max) {}

    /** A count row's maximum when it has none. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    public ShareRow {
        Objects.requireNonNull(scope, "scope");
    }

    public ShareRow(RowScope scope, double percent, double tolerance) {
        this(scope, percent, tolerance, null);
    }

    public static ShareRow of(RowScope scope, double percent, double tolerance) {
        return new ShareRow(scope, percent, tolerance, null);
    }

    /** A count row: between {@code min} and {@code max} questions in scope ({@link #UNBOUNDED} for no most). */
    public static ShareRow count(RowScope scope, int min, int max) {
        return new ShareRow(scope, 0, 0, new CountBand(min, max));
    }

    /** Whether the row bounds a number of questions rather than a share of the points. */
    public boolean counted() {
        return counts != null;
    }

    /** Fewest points the row may hold in a paper of {@code totalPoints} (a points row). */
    public int minPoints(int totalPoints) {
        return Math.max(0, (int) Math.ceil((percent - tolerance) * totalPoints / 100.0 - 1e-9));
    }

    /** Most points the row may hold in a paper of {@code totalPoints} (a points row). */
    public int maxPoints(int totalPoints) {
        return Math.min(totalPoints, (int) Math.floor((percent + tolerance) * totalPoints / 100.0 + 1e-9));
    }

    /** The row's lower bound in its own unit: points, or questions for a count row. */
    public int lowerBound(int totalPoints) {
        return counted() ? Math.max(0, counts.min()) : minPoints(totalPoints);
    }

    /** The row's upper bound in its own unit, at most {@code mostItems} questions for a count row. */
    public int upperBound(int totalPoints, int mostItems) {
        return counted() ? Math.min(counts.max(), mostItems) : maxPoints(totalPoints);
    }

    /** The row as users read it: the scope's words, with 「（题数）」 for a count row. */
    public String label(Taxonomy taxonomy) {
        return counted() ? scope.label(taxonomy) + "（题数）" : scope.label(taxonomy);
    }

    /** The bound as users read it: {@code 25%±5%}, {@code 至少 10 题}, {@code 10–15 题}. */
    public String boundLabel() {
        if (!counted()) {
            return percent + "%±" + tolerance + "%";
        }
        if (counts.max() == UNBOUNDED) {
            return "至少 " + counts.min() + " 题";
        }
        return counts.min() == 0 ? "至多 " + counts.max() + " 题" : counts.min() + "–" + counts.max() + " 题";
    }
}
