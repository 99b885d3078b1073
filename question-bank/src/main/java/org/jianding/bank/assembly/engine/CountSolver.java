package org.jianding.bank.assembly.engine;

import java.util.SplittableRandom;

/**
 * Finds counts per class: the look-ahead at the root rejects rows short on their own at once; local search
 * ({@link CountRepair}) finds a paper near the wish in most cases; the complete search ({@link CountSearch})
 * settles the rest, finding counts or proving that none exist within its node budget.
 */
final class CountSolver {

    static final int REPAIR_STEPS = 400;

    private final CountProblem problem;
    private final ItemIndex index;
    private int[] counts;
    private int[] order;

    CountSolver(CountProblem problem, ItemIndex index) {
        this.problem = problem;
        this.index = index;
    }

    CountSearch.Status solve(int[] wish, SplittableRandom random, int repairTries, long searchBudget) {
        order = ClassOrder.of(index, problem.avail(), random);
        CountSearch search = new CountSearch(problem);
        if (search.solve(order, wish, 0) == CountSearch.Status.INFEASIBLE) {
            return CountSearch.Status.INFEASIBLE;
        }
        CountRepair repair = new CountRepair(problem, index.classesOfType, random);
        for (int t = 0; t < repairTries; t++) {
            counts = repair.solve(wish, REPAIR_STEPS);
            if (counts != null) {
                return CountSearch.Status.FOUND;
            }
        }
        CountSearch.Status status = search.solve(order, wish, searchBudget);
        counts = search.counts();
        return status;
    }

    int[] counts() {
        return counts;
    }

    int[] order() {
        return order;
    }
}
