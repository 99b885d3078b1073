package org.jianding.bank.assembly.engine;

import java.util.SplittableRandom;

/**
 * Evens out parallel forms: swaps one item at a time for another of the same type whose class keeps every row
 * within its bounds, choosing the swap that brings the form's expected score (Σ points × facility) nearest the
 * target, until it is within {@link #TOLERANCE} points. Swaps within a class never touch a row; swaps across
 * classes are checked row by row.
 */
final class ScoreBalancer {

    static final double TOLERANCE = 0.1;
    private static final int STEPS = 300;
    private static final int SAMPLES = 6;

    private final ItemIndex index;
    private final SplittableRandom random;

    ScoreBalancer(ItemIndex index, SplittableRandom random) {
        this.index = index;
        this.random = random;
    }

    double balance(Selection selection, double target) {
        double e = selection.expectedScore();
        for (int step = 0; step < STEPS && Math.abs(target - e) > TOLERANCE; step++) {
            e += trySwap(selection, random.nextInt(selection.size), target - e);
        }
        return e;
    }

    /** Returns the change in expected score (0 when no swap helped). */
    private double trySwap(Selection selection, int slot, double delta) {
        if (selection.inSet(slot)) {
            return 0; // members of an item set leave only together
        }
        int item = selection.items[slot];
        int k = index.itemClass[item];
        int points = index.classPoints[k];
        double f = index.facility[item];
        selection.release(slot);
        int bestClass = -1;
        double bestGap = Math.abs(delta);
        for (int k2 : index.classesOfType[index.classType[k]]) {
            double gap = Math.abs(delta - points * (index.meanFacility[k2] - f));
            if ((gap < bestGap || k2 == k && bestClass < 0)
                    && selection.used[k2] < index.members[k2].length
                    && rowsHold(selection, k, k2)) {
                bestClass = k2;
                bestGap = gap;
            }
        }
        int bestItem = -1;
        double bestItemGap = Math.abs(delta) - 1e-9;
        for (int s = 0; bestClass >= 0 && s < SAMPLES; s++) {
            int[] pool = index.members[bestClass];
            int candidate = pool[random.nextInt(pool.length)];
            double gap = Math.abs(delta - points * (index.facility[candidate] - f));
            if (candidate != item && gap < bestItemGap && selection.accepts(candidate)) {
                bestItem = candidate;
                bestItemGap = gap;
            }
        }
        if (bestItem < 0) {
            selection.restore(slot);
            return 0;
        }
        selection.put(slot, bestItem);
        return points * (index.facility[bestItem] - f);
    }

    /** With the slot released: would an item of class k2 in place of one of class k keep every row in bounds? */
    private boolean rowsHold(Selection selection, int k, int k2) {
        RowModel m = index.model;
        int t = index.classType[k2];
        for (int r : index.classRows[k2]) {
            int sum = selection.rowSum[r] + m.weight(r, t);
            if (sum < m.lo[r] || sum > m.hi[r]) {
                return false;
            }
        }
        for (int r : index.classRows[k]) {
            int sum = selection.rowSum[r];
            if (!index.inRow(k2, r) && (sum < m.lo[r] || sum > m.hi[r])) {
                return false;
            }
        }
        return true;
    }
}
