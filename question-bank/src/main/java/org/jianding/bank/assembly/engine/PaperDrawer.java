package org.jianding.bank.assembly.engine;

import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.FacilityBand;

/**
 * Draws one paper. First the fast way: the questions per type (a random choice within count ranges that makes the
 * total), some item sets committed whole (each about as often as its members would be
 * drawn), a wish sample, counts per class for the rest ({@link CountSolver} with a small budget), the items per
 * class, and another round with less supply when 互斥 groups or the overlap cap leave a class short. When
 * that does not give a paper quickly, the exact model ({@link ExactModel}, CP-SAT) settles it: it finds the paper
 * or proves that none exists for this candidate, so the engine never refuses a paper that exists.
 */
final class PaperDrawer {

    /** Count-search nodes before the fast way gives up (a few milliseconds). */
    static final long FAST_BUDGET = 20_000;
    /** CP-SAT's deterministic time limit per paper (about seconds on this kind of machine). */
    static final double EXACT_SECONDS = 20;

    private static final int REPAIR_TRIES = 3;
    private static final int FAST_ROUNDS = 3;

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
        BitSet blocked = index.blocked(excluded);
        int[] supply = availability(blocked);
        CountProblem relaxed = CountProblem.of(index, supply.clone());
        boolean sets = !index.setItems.isEmpty();
        // the fast way draws item sets only as committed wholes; its counts are then a relaxation no more
        int[] avail = sets ? availability(withSetItems(blocked)) : supply;
        Selection selection = new Selection(index, blocked, overlap, index.model.needFor(random));
        ItemPicker picker = new ItemPicker(index, exposure, random);
        int[] committed = sets ? picker.commitSets(selection) : new int[0];
        int[] setUsed = selection.used.clone();
        int[] wished = new int[selection.items.length];
        int[] wish = picker.wish(selection, wished);
        for (int round = 0; round < FAST_ROUNDS; round++) {
            CountSolver solver = new CountSolver(CountProblem.remaining(index, avail, selection), index);
            CountSearch.Status status = solver.solve(wish, random, REPAIR_TRIES, FAST_BUDGET);
            if (status == CountSearch.Status.INFEASIBLE && round == 0 && !sets && !index.model.ranged) {
                // the counts relax every rule, so no paper exists at all (with count ranges: only for this choice)
                failure[0] = Diagnostician.diagnose(relaxed, index, excluded, overlap, random.nextLong());
                return null;
            }
            if (status != CountSearch.Status.FOUND) {
                break;
            }
            int shortClass = fillAll(selection, picker, solver.counts(), wished, solver.order());
            if (shortClass < 0) {
                return selection;
            }
            avail[shortClass] = selection.used[shortClass] - setUsed[shortClass];
            selection.clear();
            for (int s : committed) {
                selection.addSet(s);
            }
        }
        selection.clear();
        return drawExactly(selection, picker, wish, wished, random.nextLong(), excluded, relaxed, failure);
    }

    /**
     * A paper whose mean facility lies in {@code band}, from the exact model with the band in it: for when swapping
     * items of a drawn paper did not reach the band. Null with the reason in {@code failure[0]}: proven when no paper
     * meeting the blueprint reaches the band (with the range papers can reach).
     */
    Selection drawBanded(SplittableRandom random, BitSet excluded, FacilityBand band, Diagnosis[] failure) {
        BitSet blocked = index.blocked(excluded);
        Selection selection = new Selection(index, blocked, overlap);
        ItemPicker picker = new ItemPicker(index, exposure, random);
        int[] wished = new int[selection.items.length];
        int[] wish = picker.wish(selection, wished);
        long seed = random.nextLong();
        int total = index.model.totalPoints;
        ExactModel exact = new ExactModel(index, blocked, overlap, false, band);
        ExactModel.Outcome outcome = exact.solve(wish, seed, EXACT_SECONDS);
        if (outcome == ExactModel.Outcome.INFEASIBLE) {
            failure[0] = FacilityTarget.unreachable(band, exact.facilityReach(seed, RowConflicts.SOLVE_SECONDS));
            return null;
        }
        if (outcome == ExactModel.Outcome.UNKNOWN) {
            failure[0] = new Diagnosis(List.of(), false, "精确求解在时限内既未组成达到目标平均得分率的试卷，也未能证明无解");
            return null;
        }
        take(selection, exact);
        FacilityBuckets buckets = exact.buckets();
        int[] counts = exact.bucketCounts();
        for (int b = 0; b < counts.length; b++) {
            for (int n = 0; n < counts[b]; n++) {
                int best = -1;
                for (int item : buckets.members.get(b)) {
                    if (selection.accepts(item)) {
                        best = LeastExposedPolicy.prefer(best, item, exposure);
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("facility bucket " + b + " cannot supply the exact solution");
                }
                selection.add(best);
            }
        }
        if (!buckets.steer(selection, band, total)
                && !FacilityTarget.reach(
                        index,
                        random,
                        selection,
                        band,
                        FacilityTarget.aim(band, selection.expectedScore(), total),
                        total)) {
            failure[0] = FacilityTarget.missed(band, selection, total);
            selection.clear();
            return null;
        }
        return selection;
    }

    /** Adds the exact solution's bundles and one member of each chosen "one of these" unit. */
    private void take(Selection selection, ExactModel exact) {
        for (int item : exact.chosenBundles()) {
            selection.add(item);
        }
        for (int[] members : exact.chosenGroupMembers()) {
            int best = -1;
            for (int item : members) {
                if (selection.accepts(item)) {
                    best = LeastExposedPolicy.prefer(best, item, exposure);
                }
            }
            if (best < 0) {
                throw new IllegalStateException("互斥 group member of the exact solution not acceptable");
            }
            selection.add(best);
        }
    }

    private BitSet withSetItems(BitSet blocked) {
        BitSet all = (BitSet) blocked.clone();
        all.or(index.setItems);
        return all;
    }

    private Selection drawExactly(
            Selection selection,
            ItemPicker picker,
            int[] wish,
            int[] wished,
            long seed,
            BitSet excluded,
            CountProblem relaxed,
            Diagnosis[] failure) {
        ExactModel exact = new ExactModel(index, index.blocked(excluded), overlap);
        ExactModel.Outcome outcome = exact.solve(wish, seed, EXACT_SECONDS);
        if (outcome == ExactModel.Outcome.INFEASIBLE) {
            failure[0] = Diagnostician.diagnose(relaxed, index, excluded, overlap, seed);
            return null;
        }
        if (outcome == ExactModel.Outcome.UNKNOWN) {
            failure[0] = new Diagnosis(List.of(), false, "精确求解在时限内既未组成试卷，也未能证明无解");
            return null;
        }
        take(selection, exact);
        for (int k = 0; k < index.classCount(); k++) {
            int plain = exact.plainCount(k);
            if (plain > 0 && picker.fill(selection, k, plain, wished) < plain) {
                throw new IllegalStateException("class " + k + " cannot supply the exact solution's count");
            }
        }
        return selection;
    }

    private int fillAll(Selection selection, ItemPicker picker, int[] counts, int[] wished, int[] order) {
        for (int k : order) {
            if (counts[k] > 0 && picker.fill(selection, k, counts[k], wished) < counts[k]) {
                return k;
            }
        }
        return -1;
    }

    /** Per class, at most how many items this candidate may get: one per 互斥 group, none they saw before. */
    int[] availability(BitSet excluded) {
        int[] avail = index.capacity.clone();
        BitSet dirty = new BitSet();
        for (int i = excluded.nextSetBit(0); i >= 0; i = excluded.nextSetBit(i + 1)) {
            if (index.groupsOf[i].length == 0) {
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
