package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jianding.bank.assembly.Shortfall;

/**
 * For a blueprint each of whose rows the bank could meet alone but not all together: drops rows one at a time while
 * the rest stays infeasible (a deletion filter), leaving a small set of rows in conflict; then, for each of them,
 * finds by bisection the nearest bound that would work with the others, which is the "by how much".
 */
final class ConflictFinder {

    private static final long BUDGET = 100_000;

    private final CountProblem p;
    private final ItemIndex index;
    private final int[] noWish;
    private final int total;

    ConflictFinder(CountProblem problem, ItemIndex index) {
        this.p = problem;
        this.index = index;
        this.noWish = new int[problem.classes()];
        this.total = index.model.totalPoints;
    }

    List<Shortfall> shortfalls() {
        int[] lo = p.lo().clone();
        int[] hi = p.hi().clone();
        List<Integer> conflict = new ArrayList<>();
        for (int r = 0; r < p.rows(); r++) {
            int keepLo = lo[r];
            int keepHi = hi[r];
            lo[r] = 0;
            hi[r] = total;
            if (status(lo, hi) != CountSearch.Status.INFEASIBLE) {
                lo[r] = keepLo;
                hi[r] = keepHi;
                conflict.add(r);
            }
        }
        List<Shortfall> found = new ArrayList<>();
        for (int r : conflict) {
            found.add(explain(r, lo, hi, conflict));
        }
        return found;
    }

    private Shortfall explain(int r, int[] lo, int[] hi, List<Integer> conflict) {
        String row = p.labels()[r];
        String others = String.join(
                "、",
                conflict.stream().filter(o -> o != r).map(o -> p.labels()[o]).toList());
        int keepLo = lo[r];
        int keepHi = hi[r];
        int best = -1;
        lo[r] = 0;
        if (keepLo > 0 && status(lo, hi) == CountSearch.Status.FOUND) {
            int low = 0; // feasible
            int high = keepLo; // infeasible
            while (high - low > 1) {
                lo[r] = (low + high) >>> 1;
                if (status(lo, hi) == CountSearch.Status.FOUND) {
                    low = lo[r];
                } else {
                    high = lo[r];
                }
            }
            best = low;
        }
        lo[r] = keepLo;
        if (best >= 0) {
            return new Shortfall(
                    row,
                    keepLo,
                    best,
                    "分",
                    row + "：需要至少 " + keepLo + " 分，但与 " + others + " 同时满足时最多只能有 " + best + " 分（差 " + (keepLo - best)
                            + " 分）");
        }
        hi[r] = total;
        if (keepHi < total && status(lo, hi) == CountSearch.Status.FOUND) {
            int low = keepHi; // infeasible
            int high = total; // feasible
            while (high - low > 1) {
                hi[r] = (low + high) >>> 1;
                if (status(lo, hi) == CountSearch.Status.FOUND) {
                    high = hi[r];
                } else {
                    low = hi[r];
                }
            }
            best = high;
        }
        hi[r] = keepHi;
        if (best >= 0) {
            return new Shortfall(
                    row,
                    keepHi,
                    best,
                    "分",
                    row + "：至多 " + keepHi + " 分，但与 " + others + " 同时满足时至少要有 " + best + " 分（超出 " + (best - keepHi)
                            + " 分）");
        }
        return new Shortfall(row, 0, 0, "分", row + "：与 " + others + " 不能同时满足");
    }

    private CountSearch.Status status(int[] lo, int[] hi) {
        return new CountSolver(p.withRowBounds(lo.clone(), hi.clone()), index)
                .solve(noWish, new SplittableRandom(Arrays.hashCode(lo) * 31L + Arrays.hashCode(hi)), 2, BUDGET);
    }
}
