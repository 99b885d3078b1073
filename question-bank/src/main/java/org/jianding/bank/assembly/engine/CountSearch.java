package org.jianding.bank.assembly.engine;

import java.util.Arrays;

/**
 * Depth-first search over classes for counts that meet every row. At each node a look-ahead bounds every row by what
 * the remaining slots of each type could still add at most and must add at least, given what the undecided classes
 * inside and outside the row can supply; branches that cannot reach a row's bounds are cut. Values are tried
 * nearest the wished count first, so the first solution follows the randomized, exposure-aware wish.
 */
final class CountSearch {

    enum Status {
        FOUND,
        INFEASIBLE,
        GAVE_UP
    }

    private static final int T = RowModel.TYPES;

    private final CountProblem p;
    private final int rows;
    private final int[] rem = new int[T];
    private final int[] typeAvail = new int[T];
    private final int[] inside;
    private final int[] outside;
    private final int[] sum;
    private final int[] x;
    private int[] order;
    private int[] wish;
    private long nodes;
    private long budget;
    private boolean gaveUp;

    CountSearch(CountProblem problem) {
        p = problem;
        rows = p.rows();
        inside = new int[rows * T];
        outside = new int[rows * T];
        sum = new int[rows];
        x = new int[p.classes()];
    }

    /** Searches classes in {@code order} (others count as empty); the counts land in {@link #counts()}. */
    Status solve(int[] classOrder, int[] wished, long nodeBudget) {
        order = classOrder;
        wish = wished;
        budget = nodeBudget;
        nodes = 0;
        gaveUp = false;
        System.arraycopy(p.need(), 0, rem, 0, T);
        Arrays.fill(typeAvail, 0);
        Arrays.fill(inside, 0);
        Arrays.fill(outside, 0);
        Arrays.fill(sum, 0);
        Arrays.fill(x, 0);
        for (int k : order) {
            shift(k, p.avail()[k]);
        }
        if (feasible() && descend(0)) {
            return Status.FOUND;
        }
        return gaveUp ? Status.GAVE_UP : Status.INFEASIBLE;
    }

    int[] counts() {
        return x;
    }

    long nodes() {
        return nodes;
    }

    private boolean descend(int pos) {
        if (pos == order.length) {
            return true;
        }
        int k = order[pos];
        int t = p.classType()[k];
        int a = p.avail()[k];
        shift(k, -a);
        int max = Math.min(a, rem[t]);
        int w = Math.max(0, Math.min(max, wish[k]));
        for (int i = 0; i <= 2 * max; i++) {
            int v = (i & 1) == 0 ? w + i / 2 : w - (i + 1) / 2;
            if (v < 0 || v > max) {
                continue;
            }
            if (++nodes > budget) {
                gaveUp = true;
                break;
            }
            take(k, t, v);
            if (feasible() && descend(pos + 1)) {
                return true;
            }
            take(k, t, -v);
            if (gaveUp) {
                break;
            }
        }
        shift(k, a);
        return false;
    }

    /** Adds (or with a negative amount removes) class k's supply to the undecided supply of every row. */
    private void shift(int k, int amount) {
        int t = p.classType()[k];
        typeAvail[t] += amount;
        for (int r = 0; r < rows; r++) {
            outside[r * T + t] += amount;
        }
        for (int r : p.classRows()[k]) {
            inside[r * T + t] += amount;
            outside[r * T + t] -= amount;
        }
    }

    private void take(int k, int t, int v) {
        rem[t] -= v;
        x[k] += v;
        int[] w = p.weight();
        for (int r : p.classRows()[k]) {
            sum[r] += v * w[r * T + t];
        }
    }

    private boolean feasible() {
        int[] w = p.weight();
        for (int t = 0; t < T; t++) {
            if (rem[t] > typeAvail[t]) {
                return false;
            }
        }
        for (int r = 0; r < rows; r++) {
            int most = sum[r];
            int least = sum[r];
            int base = r * T;
            for (int t = 0; t < T; t++) {
                int left = rem[t];
                if (left > 0) {
                    most += w[base + t] * Math.min(left, inside[base + t]);
                    least += w[base + t] * Math.max(0, left - outside[base + t]);
                }
            }
            if (most < p.lo()[r] || least > p.hi()[r]) {
                return false;
            }
        }
        return true;
    }
}
