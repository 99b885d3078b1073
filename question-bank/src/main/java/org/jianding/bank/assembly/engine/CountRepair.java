package org.jianding.bank.assembly.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Local search on counts: starts from the wish (a random, exposure-aware sample with the right count per type) and
 * moves one item at a time from one class to another of the same type, picking the move that most reduces the
 * total distance of all rows from their bounds, with a little random walk to leave plateaus. Stays close to the
 * wish, so papers stay random; fast on any blueprint with slack, but cannot prove that nothing exists.
 */
final class CountRepair {

    private static final int CANDIDATES = 48;

    private final CountProblem p;
    private final int[][] classesOfType;
    private final SplittableRandom random;
    private final int[] x;
    private final int[] sum;
    private int[] units = new int[0];
    private int size;

    CountRepair(CountProblem problem, int[][] classesOfType, SplittableRandom random) {
        this.p = problem;
        this.classesOfType = classesOfType;
        this.random = random;
        this.x = new int[problem.classes()];
        this.sum = new int[problem.rows()];
    }

    /** Counts meeting every row, or null after {@code steps} moves without success. */
    int[] solve(int[] wish, int steps) {
        Arrays.fill(sum, 0);
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.min(wish[k], p.avail()[k]);
            shift(k, x[k]);
        }
        if (!fixTypeTotals()) {
            return null;
        }
        size = 0;
        for (int k = 0; k < x.length; k++) {
            for (int u = 0; u < x[k]; u++) {
                if (size == units.length) {
                    units = Arrays.copyOf(units, size * 2 + 16);
                }
                units[size++] = k;
            }
        }
        for (int step = 0; step < steps; step++) {
            int row = violatedRow();
            if (row < 0) {
                return x;
            }
            move(row);
        }
        return null;
    }

    private boolean fixTypeTotals() {
        for (int t = 0; t < RowModel.TYPES; t++) {
            int have = 0;
            for (int k : classesOfType[t]) {
                have += x[k];
            }
            int[] classes = classesOfType[t];
            for (int guard = 0; have != p.need()[t]; guard++) {
                if (guard > 100_000 || classes.length == 0) {
                    return false;
                }
                int k = classes[random.nextInt(classes.length)];
                int step = have < p.need()[t] ? 1 : -1;
                if (step > 0 ? x[k] < p.avail()[k] : x[k] > 0) {
                    x[k] += step;
                    shift(k, step);
                    have += step;
                }
            }
        }
        return true;
    }

    private int violatedRow() {
        int found = -1;
        int seen = 0;
        for (int r = 0; r < sum.length; r++) {
            if ((sum[r] < p.lo()[r] || sum[r] > p.hi()[r]) && random.nextInt(++seen) == 0) {
                found = r;
            }
        }
        return found;
    }

    /** One move of an item into (row under its bounds) or out of (row over) the row. */
    private void move(int row) {
        boolean into = sum[row] < p.lo()[row];
        int bestFrom = -1;
        int bestTo = -1;
        int bestGain = Integer.MIN_VALUE;
        int unit = -1;
        for (int tries = 0; tries < CANDIDATES; tries++) {
            int u = random.nextInt(size);
            int from = units[u];
            if (inRow(from, row) == into) {
                continue;
            }
            int[] targets = classesOfType[p.classType()[from]];
            int to = targets[random.nextInt(targets.length)];
            if (x[to] >= p.avail()[to] || inRow(to, row) != into) {
                continue;
            }
            int gain = gain(from, to) * 8 + random.nextInt(8);
            if (gain > bestGain) {
                bestGain = gain;
                bestFrom = from;
                bestTo = to;
                unit = u;
            }
        }
        if (bestFrom >= 0) {
            x[bestFrom]--;
            shift(bestFrom, -1);
            x[bestTo]++;
            shift(bestTo, 1);
            units[unit] = bestTo;
        }
    }

    /** How much moving one item from class a to class b reduces the total violation. */
    private int gain(int a, int b) {
        int gain = 0;
        for (int r : p.classRows()[a]) {
            if (!inRow(b, r)) {
                gain += violation(r, sum[r]) - violation(r, sum[r] - p.weight(r, a));
            }
        }
        for (int r : p.classRows()[b]) {
            if (!inRow(a, r)) {
                gain += violation(r, sum[r]) - violation(r, sum[r] + p.weight(r, b));
            }
        }
        return gain;
    }

    private int violation(int r, int value) {
        return Math.max(0, p.lo()[r] - value) + Math.max(0, value - p.hi()[r]);
    }

    private boolean inRow(int k, int row) {
        return Arrays.binarySearch(p.classRows()[k], row) >= 0;
    }

    private void shift(int k, int count) {
        for (int r : p.classRows()[k]) {
            sum[r] += count * p.weight(r, k);
        }
    }
}
