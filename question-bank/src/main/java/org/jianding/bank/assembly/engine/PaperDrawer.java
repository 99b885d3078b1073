package org.jianding.bank.assembly.engine;

import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.jianding.bank.assembly.Diagnosis;

/**
 * Draws one paper: a wish sample, counts per class ({@link CountSolver}), the items per class, and a new count search with less supply when 互斥 groups or the overlap cap leave a class short.
 */
final class PaperDrawer {

    static final long PROOF_BUDGET = 1_000_000;
    private static final int REPAIR_TRIES = 3;
    private static final int ROUNDS = 8;

    private final ItemIndex index;
    private final Exposure exposure;
    private final OverlapCapPolicy overlap;

    PaperDrawer(ItemIndex index, Exposure exposure, OverlapCapPolicy overlap) {
        this.index = index;
        this.exposure = exposure;
        this.overlap = overlap;
    }

    /** The finished selection, or null with the reason left in {@code failure[0]}. */
    Selection draw(SplittableRandom random, BitSet excluded, Diagnosis[] failure) {
        int[] avail = availability(excluded);
        Selection selection = new Selection(index, excluded, overlap);
        ItemPicker picker = new ItemPicker(index, exposure, random);
        int[] wished = new int[selection.items.length];
        int[] wish = picker.wish(selection, wished);
        for (int round = 0; round < ROUNDS; round++) {
            CountProblem problem = CountProblem.of(index, avail);
            CountSolver solver = new CountSolver(problem, index);
            CountSearch.Status status = solver.solve(wish, random, REPAIR_TRIES, PROOF_BUDGET);
            if (status != CountSearch.Status.FOUND) {
                failure[0] = Diagnostician.diagnose(problem, index, status, round > 0);
                return null;
            }
            int shortClass = fillAll(selection, picker, solver.counts(), wished, solver.order());
            if (shortClass < 0) {
                return selection;
            }
            avail[shortClass] = selection.used[shortClass];
            selection.clear();
        }
        failure[0] = new Diagnosis(List.of(), false, "互斥题组或重叠上限使可用题不足，多次调整后仍未组成试卷");
        return null;
    }

    private int fillAll(Selection selection, ItemPicker picker, int[] counts, int[] wished, int[] order) {
        for (int k : order) {
            if (counts[k] > 0 && picker.fill(selection, k, counts[k], wished) < counts[k]) {
                return k;
            }
        }
        return -1;
    }

    /** Per class, the items this candidate may get: one per 互斥 group, none they saw before. */
    int[] availability(BitSet excluded) {
        int[] avail = index.capacity.clone();
        BitSet dirty = new BitSet();
        for (int i = excluded.nextSetBit(0); i >= 0; i = excluded.nextSetBit(i + 1)) {
            if (index.mutex[i] < 0) {
                avail[index.itemClass[i]]--; // a lone item counts one
            } else {
                dirty.set(index.itemClass[i]);
            }
        }
        for (int k = dirty.nextSetBit(0); k >= 0; k = dirty.nextSetBit(k + 1)) {
            avail[k] = index.distinctGroups(index.members[k], excluded::get);
        }
        return avail;
    }
}
