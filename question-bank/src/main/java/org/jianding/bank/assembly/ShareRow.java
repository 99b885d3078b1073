package org.jianding.bank.assembly;

import java.util.Objects;

/**
 * One weight row of the blueprint: the items in {@code scope} carry {@code percent} of the total points, give or
 * take {@code tolerance} percentage points (0 means exactly).
 */
public record ShareRow(RowScope scope, double percent, double tolerance) {

    public ShareRow {
        Objects.requireNonNull(scope, "scope");
    }

    public static ShareRow of(RowScope scope, double percent, double tolerance) {
        return new ShareRow(scope, percent, tolerance);
    }

    /** Fewest points the row may hold in a paper of {@code totalPoints}. */
    public int minPoints(int totalPoints) {
        return Math.max(0, (int) Math.ceil((percent - tolerance) * totalPoints / 100.0 - 1e-9));
    }

    /** Most points the row may hold in a paper of {@code totalPoints}. */
    public int maxPoints(int totalPoints) {
        return Math.min(totalPoints, (int) Math.floor((percent + tolerance) * totalPoints / 100.0 + 1e-9));
    }
}
