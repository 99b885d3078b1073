package org.jianding.bank.assembly.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jianding.bank.assembly.FacilityBand;

/**
 * The whole problem of one paper for CP-SAT, exact where the count search relaxes. Items that need their own say get
 * a yes/no unit: an item set is one unit for all its members (all or none); an item in an earlier form of the
 * session (when the overlap cap can bite) or in two or more 互斥 groups is a unit of its own; the remaining members
 * of a 互斥 group that touches a unit or spans classes form one unit per class ("one of these"). Every 互斥 group
 * then holds at most one item: the sum of its units, each counted by how many of its members it brings, is at most
 * one. All other items of a class are interchangeable (a group wholly within one class counts once) and get one
 * count. Per type the section's count (or its range, and then the paper's points equal to the total), per row its
 * points (or, for a count row, its questions) between the row's bounds.
 *
 * <p>Each question builds a fresh model holding only the constraints asked about (constraint ids: rows
 * 0..rows-1, then rows + type for each section; in the item-level model also one id per 互斥 group and per item
 * set, see {@link #groupAndSetConstraints}): CP-SAT presolves plain constraints far better than ones under
 * assumption literals, and these models are small.
 */
final class ExactModel {

    enum Outcome {
        FOUND,
        INFEASIBLE,
        UNKNOWN
    }

    private final ItemIndex index;
    private final int classes;
    private final int formSize;
    private final int[] plainAvail;
    private final boolean itemLevel;
    private final BitSet blocked;
    /** Per unit its items; a bundle takes all of them, a choice one of them (all of one class). */
    private final List<int[]> unitItems;

    private final List<Boolean> unitIsBundle;
    /** Per 互斥 group, per unit touching it: how many of the group's members the unit brings. */
    private final List<List<long[]>> groupTerms;

    private final int[] unitOf;
    private final List<int[]> capForms;
    private final int cap;

    private IntVar[] plainCount;
    private BoolVar[] unitVar;
    private CpSolver solver;
    private IntVar nearestValue;
    /** The blueprint's facility band when it is part of the model (null: not). */
    private final FacilityBand band;

    private FacilityBuckets buckets;
    private LinearExprBuilder[] scores;

    /**
     * @param blocked items this candidate can never get (see {@link ItemIndex#blocked}); for the item-level model
     *     only the items excluded for the candidate, as item sets are constraints there
     * @param overlap the session's earlier forms and cap, or null
     * @param itemLevel every grouped or set item a unit of its own, with groups and sets as constraints that a
     *     question may leave out (to find which of them take part in a conflict)
     */
    ExactModel(ItemIndex index, BitSet blocked, OverlapCapPolicy overlap, boolean itemLevel) {
        this(index, blocked, overlap, itemLevel, null);
    }

    /**
     * With {@code band} not null the facility band is part of the model ({@link FacilityBuckets}): every 互斥 group
     * becomes "one of these" units (their members' facilities differ), plain items are counted per facility bucket.
     */
    ExactModel(ItemIndex index, BitSet blocked, OverlapCapPolicy overlap, boolean itemLevel, FacilityBand band) {
        this.index = index;
        this.band = band;
        this.classes = index.classCount();
        this.formSize = index.model.maxFormSize();
        this.itemLevel = itemLevel;
        this.blocked = blocked;
        ExactUnits units = new ExactUnits(index, blocked, overlap, itemLevel, band != null);
        this.cap = units.cap;
        this.unitOf = units.unitOf;
        this.plainAvail = units.plainAvail;
        this.unitItems = units.unitItems;
        this.unitIsBundle = units.unitIsBundle;
        this.groupTerms = units.groupTerms;
        this.capForms = units.capForms;
        if (band != null) {
            buckets = new FacilityBuckets(index, blocked, unitOf);
        }
    }

    ExactModel(ItemIndex index, BitSet blocked, OverlapCapPolicy overlap) {
        this(index, blocked, overlap, false);
    }

    /**
     * The count model only: {@code avail[k]} interchangeable items per class, nothing else. A relaxation (what it
     * cannot meet no paper can), and exact when {@link #countsOnly} holds for the full model.
     */
    ExactModel(ItemIndex index, int[] avail) {
        this.index = index;
        this.classes = index.classCount();
        this.formSize = index.model.maxFormSize();
        this.itemLevel = false;
        this.blocked = new BitSet();
        this.cap = Integer.MAX_VALUE;
        this.plainAvail = avail.clone();
        this.unitOf = new int[0];
        this.band = null;
        this.unitItems = List.of();
        this.unitIsBundle = List.of();
        this.groupTerms = List.of();
        this.capForms = List.of();
    }

    /** Whether counts per class say it all: no unit (no set, no item in two groups, no group across classes, no cap). */
    boolean countsOnly() {
        return unitItems.isEmpty() && capForms.isEmpty();
    }

    /** All constraint ids of rows and sections: every row, then every section. */
    List<Integer> constraints() {
        List<Integer> ids = new ArrayList<>();
        for (int r = 0; r < index.model.rowCount(); r++) {
            ids.add(r);
        }
        for (int t = 0; t < RowModel.TYPES; t++) {
            if (index.model.typeMax[t] > 0) {
                ids.add(index.model.rowCount() + t);
            }
        }
        return ids;
    }

    /** Item-level model: the ids of 互斥 groups that can bite (two or more members left) and of item sets left. */
    List<Integer> groupAndSetConstraints() {
        List<Integer> ids = new ArrayList<>();
        int base = index.model.rowCount() + RowModel.TYPES;
        for (int g = 0; g < index.groupCount; g++) {
            if (Arrays.stream(index.groupMembers[g])
                            .filter(i -> !blocked.get(i))
                            .count()
                    > 1) {
                ids.add(base + g);
            }
        }
        for (int s = 0; s < index.setCount; s++) {
            if (Arrays.stream(index.setMembers[s]).anyMatch(i -> !blocked.get(i))) {
                ids.add(base + index.groupCount + s);
            }
        }
        return ids;
    }

    /** The 互斥 group a constraint id stands for, or -1. */
    int groupOf(int c) {
        int g = c - index.model.rowCount() - RowModel.TYPES;
        return g >= 0 && g < index.groupCount ? g : -1;
    }

    /** The item set a constraint id stands for, or -1. */
    int setOf(int c) {
        int s = c - index.model.rowCount() - RowModel.TYPES - index.groupCount;
        return s >= 0 && s < index.setCount ? s : -1;
    }

    /** Solves for a paper under every constraint, hinted towards the wished counts per class. */
    Outcome solve(int[] wish, long seed, double seconds) {
        CpModel model = build(constraints(), -1);
        for (int k = 0; k < classes; k++) {
            model.addHint(plainCount[k], Math.min(wish[k], plainAvail[k]));
        }
        return run(model, seed, seconds);
    }

    /** Objective marker: build every constraint but the facility band. */
    private static final int BAND_FREE = -2;

    /**
     * With the band in the model: the lowest and highest mean facility (expected score ÷ total points) a paper
     * meeting everything but the band can have, as bounds of the relaxation (within 0.01 of the truth); null when
     * time ran out.
     */
    double[] facilityReach(long seed, double seconds) {
        double[] reach = new double[2];
        for (int side = 0; side < 2; side++) {
            CpModel model = build(constraints(), BAND_FREE);
            if (side == 0) {
                model.minimize(scores[0]);
            } else {
                model.maximize(scores[1]);
            }
            solver = CpSat.solver(seed, seconds);
            if (solver.solve(model) != CpSolverStatus.OPTIMAL) {
                return null;
            }
            reach[side] = solver.objectiveValue() / FacilityBuckets.SCALE / index.model.totalPoints;
        }
        return reach;
    }

    /** After {@link Outcome#FOUND} with the band in the model: the buckets and how many items each gives. */
    FacilityBuckets buckets() {
        return buckets;
    }

    int[] bucketCounts() {
        return buckets.counts(solver);
    }

    /** Whether the constraints in {@code ids} (all others dropped) can hold together. */
    Outcome holdTogether(List<Integer> ids, long seed, double seconds) {
        return run(build(ids, -1), seed, seconds);
    }

    /**
     * The value of constraint {@code c} nearest its bounds while the constraints in {@code others} hold, or null when
     * they do not hold even without it (or time ran out).
     */
    Long nearest(int c, List<Integer> others, long seed, double seconds) {
        List<Integer> ids = new ArrayList<>(others);
        ids.remove(Integer.valueOf(c));
        CpModel model = build(ids, c);
        solver = CpSat.solver(seed, seconds);
        CpSolverStatus status = solver.solve(model);
        return status == CpSolverStatus.OPTIMAL ? solver.value(nearestValue) : null;
    }

    private CpModel build(List<Integer> ids, int objective) {
        CpModel model = CpSat.model();
        RowModel m = index.model;
        int base = m.rowCount() + RowModel.TYPES;
        boolean[] active = new boolean[base + index.groupCount + index.setCount];
        ids.forEach(c -> active[c] = true);
        if (objective >= 0) {
            active[objective] = true;
        }
        unitVar = new BoolVar[unitItems.size()];
        for (int u = 0; u < unitVar.length; u++) {
            unitVar[u] = model.newBoolVar("u" + u);
        }
        plainCount = new IntVar[classes];
        LinearExprBuilder[] classSum = new LinearExprBuilder[classes];
        for (int k = 0; k < classes; k++) {
            plainCount[k] = model.newIntVar(0, plainAvail[k], "p" + k);
            classSum[k] = LinearExpr.newBuilder().add(plainCount[k]);
        }
        int[] classUnits = new int[classes];
        for (int u = 0; u < unitVar.length; u++) {
            int[] items = unitItems.get(u);
            for (int i : unitIsBundle.get(u) ? items : new int[] {items[0]}) {
                classSum[index.itemClass[i]].add(unitVar[u]);
                classUnits[index.itemClass[i]]++;
            }
        }
        for (int g = 0; g < groupTerms.size(); g++) {
            if (!itemLevel || active[base + g]) {
                LinearExprBuilder group = LinearExpr.newBuilder();
                for (long[] term : groupTerms.get(g)) {
                    group.addTerm(unitVar[(int) term[0]], term[1]);
                }
                model.addLessOrEqual(group, 1);
            }
        }
        for (int s = 0; itemLevel && s < index.setCount; s++) {
            if (active[base + index.groupCount + s]) {
                addWholeOrNone(model, s);
            }
        }
        for (int[] form : capForms) {
            LinearExprBuilder shared = LinearExpr.newBuilder();
            for (int i : form) {
                shared.add(unitVar[unitOf[i]]);
            }
            model.addLessOrEqual(shared, cap);
        }
        IntVar[] count = new IntVar[classes];
        for (int k = 0; k < classes; k++) {
            int most = plainAvail[k] + classUnits[k];
            count[k] = most == plainAvail[k] ? plainCount[k] : model.newIntVar(0, most, "c" + k);
            if (count[k] != plainCount[k]) {
                model.addEquality(count[k], classSum[k]);
            }
        }
        LinearExprBuilder[] exprs = new LinearExprBuilder[base];
        LinearExprBuilder points = LinearExpr.newBuilder();
        for (int k = 0; k < classes; k++) {
            points.addTerm(count[k], index.classPoints[k]);
            for (int r : index.classRows[k]) {
                if (active[r]) {
                    (exprs[r] == null ? exprs[r] = LinearExpr.newBuilder() : exprs[r])
                            .addTerm(count[k], m.weight(r, index.classType[k]));
                }
            }
            int c = m.rowCount() + index.classType[k];
            if (active[c]) {
                (exprs[c] == null ? exprs[c] = LinearExpr.newBuilder() : exprs[c]).add(count[k]);
            }
        }
        if (m.ranged) {
            // with count ranges the sections no longer fix the total: it is part of every question's frame
            model.addEquality(points, m.totalPoints);
        }
        if (buckets != null) {
            scores = buckets.scores(model, plainCount, unitVar, unitItems, unitIsBundle);
            if (objective != BAND_FREE) {
                buckets.constrain(model, scores, band, m.totalPoints);
            }
        }
        for (int c = 0; c < base; c++) {
            if (!active[c]) {
                continue;
            }
            LinearExprBuilder expr = exprs[c] == null ? LinearExpr.newBuilder() : exprs[c];
            long lo = lo(c);
            long hi = hi(c);
            if (c == objective) {
                long most = Math.max(hi, c < m.rowCount() ? m.totalPoints : formSize);
                nearestValue = model.newIntVar(0, most, "v");
                model.addEquality(nearestValue, expr);
                IntVar miss = model.newIntVar(0, most, "miss");
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(miss).add(nearestValue), lo);
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(miss).addTerm(nearestValue, -1), -hi);
                model.minimize(miss);
            } else {
                model.addLinearConstraint(expr, lo, hi);
            }
        }
        return model;
    }

    /** Item-level: the set's members all in or all out; all out when a member is excluded or unfit. */
    private void addWholeOrNone(CpModel model, int s) {
        int[] members = index.setMembers[s];
        boolean whole = !index.incompleteSets.get(s);
        for (int i : members) {
            whole &= !blocked.get(i);
        }
        BoolVar first = null;
        for (int i : members) {
            if (blocked.get(i)) {
                continue;
            }
            if (!whole) {
                model.addEquality(unitVar[unitOf[i]], 0);
            } else if (first == null) {
                first = unitVar[unitOf[i]];
            } else {
                model.addEquality(first, unitVar[unitOf[i]]);
            }
        }
    }

    private Outcome run(CpModel model, long seed, double seconds) {
        solver = CpSat.solver(seed, seconds);
        CpSolverStatus status = solver.solve(model);
        return switch (status) {
            case OPTIMAL, FEASIBLE -> Outcome.FOUND;
            case INFEASIBLE -> Outcome.INFEASIBLE;
            default -> Outcome.UNKNOWN;
        };
    }

    /** After {@link Outcome#FOUND}: how many interchangeable items of class k the paper takes. */
    int plainCount(int k) {
        return (int) solver.value(plainCount[k]);
    }

    /** After {@link Outcome#FOUND}: the items of every chosen bundle (item sets whole, single items). */
    List<Integer> chosenBundles() {
        List<Integer> picked = new ArrayList<>();
        for (int u = 0; u < unitVar.length; u++) {
            if (unitIsBundle.get(u) && solver.booleanValue(unitVar[u])) {
                for (int i : unitItems.get(u)) {
                    picked.add(i);
                }
            }
        }
        return picked;
    }

    /** After {@link Outcome#FOUND}: per chosen "one of these" unit, its members. */
    List<int[]> chosenGroupMembers() {
        List<int[]> picked = new ArrayList<>();
        for (int u = 0; u < unitVar.length; u++) {
            if (!unitIsBundle.get(u) && solver.booleanValue(unitVar[u])) {
                picked.add(unitItems.get(u));
            }
        }
        return picked;
    }

    long lo(int c) {
        return c < index.model.rowCount() ? index.model.lo[c] : index.model.typeNeed[c - index.model.rowCount()];
    }

    long hi(int c) {
        return c < index.model.rowCount() ? index.model.hi[c] : index.model.typeMax[c - index.model.rowCount()];
    }
}
