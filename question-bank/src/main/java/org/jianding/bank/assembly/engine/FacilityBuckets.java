package org.jianding.bank.assembly.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.assembly.FacilityBand;

/**
 * The facility band inside the exact model. The interchangeable ("plain") items of a class are split into buckets
 * of facility within 0.01 of each other, each bucket a count of its own (their sum the class's count). The paper's
 * expected score is bounded below by Σ count × points × the bucket's lowest facility (plus the units' own items) and
 * above by the same with the highest; the band asks the lower bound to stay under its top and the upper bound over
 * its bottom. That is a relaxation, so a refusal is a proof; and since swapping two items of one bucket moves the
 * score by at most 0.01 × their points, a solution can be steered into any band at least that wide ({@link
 * #steer}). Scores are scaled by {@link #SCALE} to integers, rounded outwards.
 */
final class FacilityBuckets {

    static final long SCALE = 10_000;

    private final ItemIndex index;
    /** Per bucket: its class and members. */
    final List<int[]> members = new ArrayList<>();

    private final List<Integer> bucketClass = new ArrayList<>();
    private final List<long[]> bounds = new ArrayList<>();
    /** Per item its bucket, -1 when it is no plain item (blocked, in a unit, in a 互斥 group). */
    final int[] bucketOf;

    private IntVar[] count;

    FacilityBuckets(ItemIndex index, BitSet blocked, int[] unitOf) {
        this.index = index;
        int n = index.items.length;
        bucketOf = new int[n];
        Map<Long, List<Integer>> byKey = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bucketOf[i] = -1;
            if (blocked.get(i) || unitOf[i] >= 0 || index.groupsOf[i].length > 0) {
                continue;
            }
            long key = (long) index.itemClass[i] * 1000 + Math.round(index.facility[i] * 100);
            byKey.computeIfAbsent(key, k -> {
                        keys.add(k);
                        return new ArrayList<>();
                    })
                    .add(i);
        }
        for (long key : keys) {
            List<Integer> items = byKey.get(key);
            int b = members.size();
            int k = index.itemClass[items.get(0)];
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            for (int i : items) {
                bucketOf[i] = b;
                low = Math.min(low, floor(index.classPoints[k] * index.facility[i]));
                high = Math.max(high, ceil(index.classPoints[k] * index.facility[i]));
            }
            members.add(items.stream().mapToInt(Integer::intValue).toArray());
            bucketClass.add(k);
            bounds.add(new long[] {low, high});
        }
    }

    /** Bucket counts summing to each class's plain count; returns the lower and upper bound of the expected score. */
    LinearExprBuilder[] scores(
            CpModel model, IntVar[] plainCount, BoolVar[] unitVar, List<int[]> units, List<Boolean> bundle) {
        count = new IntVar[members.size()];
        LinearExprBuilder[] perClass = new LinearExprBuilder[plainCount.length];
        LinearExprBuilder low = LinearExpr.newBuilder();
        LinearExprBuilder high = LinearExpr.newBuilder();
        for (int b = 0; b < count.length; b++) {
            int k = bucketClass.get(b);
            count[b] = model.newIntVar(0, members.get(b).length, "f" + b);
            (perClass[k] == null ? perClass[k] = LinearExpr.newBuilder() : perClass[k]).add(count[b]);
            low.addTerm(count[b], bounds.get(b)[0]);
            high.addTerm(count[b], bounds.get(b)[1]);
        }
        for (int k = 0; k < plainCount.length; k++) {
            model.addEquality(perClass[k] == null ? LinearExpr.constant(0) : perClass[k], plainCount[k]);
        }
        for (int u = 0; u < unitVar.length; u++) {
            int[] items = units.get(u);
            long lo = bundle.get(u) ? 0 : Long.MAX_VALUE;
            long hi = bundle.get(u) ? 0 : Long.MIN_VALUE;
            for (int i : items) {
                double e = index.classPoints[index.itemClass[i]] * index.facility[i];
                if (bundle.get(u)) {
                    lo += floor(e);
                    hi += ceil(e);
                } else {
                    lo = Math.min(lo, floor(e));
                    hi = Math.max(hi, ceil(e));
                }
            }
            low.addTerm(unitVar[u], lo);
            high.addTerm(unitVar[u], hi);
        }
        return new LinearExprBuilder[] {low, high};
    }

    /** The band on the bounds: the lowest possible score not above the top, the highest not below the bottom. */
    void constrain(CpModel model, LinearExprBuilder[] scores, FacilityBand band, int totalPoints) {
        model.addLessOrEqual(scores[0], ceil(band.high() * totalPoints));
        model.addGreaterOrEqual(scores[1], floor(band.low() * totalPoints));
    }

    /** After a solve: how many items each bucket gives. */
    int[] counts(CpSolver solver) {
        int[] n = new int[count.length];
        for (int b = 0; b < n.length; b++) {
            n[b] = (int) solver.value(count[b]);
        }
        return n;
    }

    /**
     * Swaps plain items for others of their bucket (same class: rows and type unchanged) until the selection's
     * expected score lies in the band, each time the swap that moves it furthest towards the band without passing
     * it. True when it ends in the band.
     */
    boolean steer(Selection selection, FacilityBand band, int totalPoints) {
        double lo = band.low() * totalPoints;
        double hi = band.high() * totalPoints;
        double e = selection.expectedScore();
        for (int step = 0; step < 10 * selection.size + 10 && (e < lo - 1e-12 || e > hi + 1e-12); step++) {
            boolean up = e < lo;
            int bestSlot = -1;
            int bestItem = -1;
            double bestGain = 0;
            for (int s = 0; s < selection.size; s++) {
                int item = selection.items[s];
                int b = bucketOf[item];
                if (b < 0) {
                    continue;
                }
                int points = index.classPoints[index.itemClass[item]];
                selection.release(s);
                for (int other : members.get(b)) {
                    double gain = points * (index.facility[other] - index.facility[item]);
                    boolean toward = up ? gain > bestGain && e + gain <= hi : gain < bestGain && e + gain >= lo;
                    if (other != item && toward && selection.accepts(other)) {
                        bestGain = gain;
                        bestSlot = s;
                        bestItem = other;
                    }
                }
                selection.restore(s);
            }
            if (bestSlot < 0) {
                return false;
            }
            selection.release(bestSlot);
            selection.put(bestSlot, bestItem);
            e = selection.expectedScore();
        }
        return e >= lo - 1e-12 && e <= hi + 1e-12;
    }

    static long floor(double score) {
        return (long) Math.floor(score * SCALE + 1e-6);
    }

    static long ceil(double score) {
        return (long) Math.ceil(score * SCALE - 1e-6);
    }
}
