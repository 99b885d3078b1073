package org.jianding.bank.assembly.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole problem of one paper for CP-SAT, exact where the count search relaxes: items in an earlier form of the
 * session (when the overlap cap can bite) get a yes/no variable each, at most {@code cap} shared with each earlier
 * form; a 互斥 group spanning classes gets one yes/no per class it touches, at most one of them; all other items of a
 * class are interchangeable (a group within one class counts once) and get one count. Per type the section's count,
 * per weight row its points between the row's bounds.
 *
 * <p>Each question builds a fresh model holding only the constraints asked about (constraint ids: rows 0..rows-1,
 * then rows + type for each section): CP-SAT presolves plain constraints far better than ones under assumption
 * literals, and these models are small.
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
    private final int[] specialCount;
    private final int[] specials;
    /** Groups spanning classes: per (group × classes + class) its members there. */
    private final Map<Long, List<Integer>> pairMembers = new LinkedHashMap<>();

    private final List<int[]> capForms = new ArrayList<>();
    private final int cap;

    private IntVar[] plainCount;
    private BoolVar[] chosen;
    private Map<Long, BoolVar> pairVars;
    private CpSolver solver;

    /**
     * @param excluded items this candidate must not get
     * @param overlap the session's earlier forms and cap, or null
     */
    ExactModel(ItemIndex index, BitSet excluded, OverlapCapPolicy overlap) {
        this.index = index;
        this.classes = index.classCount();
        this.formSize = sum(index.model.typeNeed);
        boolean capBinds = overlap != null && overlap.binds(formSize);
        this.cap = capBinds ? overlap.cap() : Integer.MAX_VALUE;
        int n = index.items.length;
        boolean[] held = new boolean[n];
        int groups = index.groupCount;
        boolean[] itemLevel = new boolean[groups];
        int[] groupClass = new int[groups];
        Arrays.fill(groupClass, -1);
        boolean[] spans = new boolean[groups];
        for (int i = 0; i < n; i++) {
            if (excluded.get(i)) {
                continue;
            }
            held[i] = capBinds && overlap.isHeld(i);
            int g = index.mutex[i];
            if (g >= 0) {
                itemLevel[g] |= held[i];
                int k = index.itemClass[i];
                spans[g] |= groupClass[g] >= 0 && groupClass[g] != k;
                groupClass[g] = k;
            }
        }
        BitSet special = new BitSet();
        BitSet groupCounted = new BitSet();
        plainAvail = new int[classes];
        specialCount = new int[classes];
        for (int i = 0; i < n; i++) {
            if (excluded.get(i)) {
                continue;
            }
            int k = index.itemClass[i];
            int g = index.mutex[i];
            if (held[i] || g >= 0 && itemLevel[g]) {
                special.set(i);
                specialCount[k]++;
            } else if (g >= 0 && spans[g]) {
                long key = (long) g * classes + k;
                if (!pairMembers.containsKey(key)) {
                    specialCount[k]++;
                }
                pairMembers.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            } else if (g < 0 || !groupCounted.get(g)) {
                // a lone item, or the first of a group whose members all sit in this class: one of them can appear
                if (g >= 0) {
                    groupCounted.set(g);
                }
                plainAvail[k]++;
            }
        }
        specials = special.stream().toArray();
        if (capBinds) {
            for (int[] form : overlap.forms()) {
                int[] kept = Arrays.stream(form).filter(i -> !excluded.get(i)).toArray();
                if (kept.length > cap) {
                    capForms.add(kept);
                }
            }
        }
    }

    /**
     * The count model only: {@code avail[k]} interchangeable items per class, nothing else. A relaxation (what it
     * cannot meet no paper can), and exact when {@link #countsSuffice} holds.
     */
    ExactModel(ItemIndex index, int[] avail) {
        this.index = index;
        this.classes = index.classCount();
        this.formSize = sum(index.model.typeNeed);
        this.cap = Integer.MAX_VALUE;
        this.plainAvail = avail.clone();
        this.specialCount = new int[classes];
        this.specials = new int[0];
    }

    /** Whether counts per class say it all: no 互斥 group across classes, no binding overlap cap. */
    static boolean countsSuffice(ItemIndex index, BitSet excluded, OverlapCapPolicy overlap) {
        if (overlap != null && overlap.binds(sum(index.model.typeNeed))) {
            return false;
        }
        int[] groupClass = new int[index.groupCount];
        Arrays.fill(groupClass, -1);
        for (int i = 0; i < index.items.length; i++) {
            int g = index.mutex[i];
            if (g >= 0 && !excluded.get(i)) {
                int k = index.itemClass[i];
                if (groupClass[g] >= 0 && groupClass[g] != k) {
                    return false;
                }
                groupClass[g] = k;
            }
        }
        return true;
    }

    /** All constraint ids: every row, then every section. */
    List<Integer> constraints() {
        List<Integer> ids = new ArrayList<>();
        for (int r = 0; r < index.model.rowCount(); r++) {
            ids.add(r);
        }
        for (int t = 0; t < RowModel.TYPES; t++) {
            if (index.model.typeNeed[t] > 0) {
                ids.add(index.model.rowCount() + t);
            }
        }
        return ids;
    }

    /** Solves for a paper under every constraint, hinted towards the wished counts per class. */
    Outcome solve(int[] wish, long seed, double seconds) {
        CpModel model = build(constraints(), -1);
        IntVar[] counts = plainCount;
        for (int k = 0; k < classes; k++) {
            model.addHint(counts[k], Math.min(wish[k], plainAvail[k]));
        }
        return run(model, seed, seconds);
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

    private IntVar nearestValue;

    private CpModel build(List<Integer> ids, int objective) {
        CpModel model = CpSat.model();
        RowModel m = index.model;
        chosen = new BoolVar[index.items.length];
        for (int i : specials) {
            chosen[i] = model.newBoolVar("y" + i);
        }
        pairVars = new LinkedHashMap<>();
        for (long key : pairMembers.keySet()) {
            pairVars.put(key, model.newBoolVar("z" + key));
        }
        plainCount = new IntVar[classes];
        IntVar[] count = new IntVar[classes];
        LinearExprBuilder[] classSum = new LinearExprBuilder[classes];
        for (int k = 0; k < classes; k++) {
            plainCount[k] = model.newIntVar(0, plainAvail[k], "p" + k);
            if (specialCount[k] > 0) {
                count[k] = model.newIntVar(0, plainAvail[k] + specialCount[k], "c" + k);
                classSum[k] = LinearExpr.newBuilder().add(plainCount[k]);
            } else {
                count[k] = plainCount[k];
            }
        }
        for (int i : specials) {
            classSum[index.itemClass[i]].add(chosen[i]);
        }
        pairVars.forEach((key, z) -> classSum[(int) (key % classes)].add(z));
        for (int k = 0; k < classes; k++) {
            if (specialCount[k] > 0) {
                model.addEquality(count[k], classSum[k]);
            }
        }
        addMutexGroups(model);
        for (int[] form : capForms) {
            LinearExprBuilder shared = LinearExpr.newBuilder();
            for (int i : form) {
                shared.add(chosen[i]);
            }
            model.addLessOrEqual(shared, cap);
        }
        boolean[] active = new boolean[m.rowCount() + RowModel.TYPES];
        ids.forEach(c -> active[c] = true);
        if (objective >= 0) {
            active[objective] = true;
        }
        LinearExprBuilder[] exprs = new LinearExprBuilder[active.length];
        for (int k = 0; k < classes; k++) {
            for (int r : index.classRows[k]) {
                if (active[r]) {
                    (exprs[r] == null ? exprs[r] = LinearExpr.newBuilder() : exprs[r])
                            .addTerm(count[k], index.classPoints[k]);
                }
            }
            int c = m.rowCount() + index.classType[k];
            if (active[c]) {
                (exprs[c] == null ? exprs[c] = LinearExpr.newBuilder() : exprs[c]).add(count[k]);
            }
        }
        for (int c = 0; c < active.length; c++) {
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

    private void addMutexGroups(CpModel model) {
        List<List<Literal>> groups = new ArrayList<>();
        for (int g = 0; g < index.groupCount; g++) {
            groups.add(new ArrayList<>());
        }
        for (int i : specials) {
            if (index.mutex[i] >= 0) {
                groups.get(index.mutex[i]).add(chosen[i]);
            }
        }
        pairVars.forEach((key, z) -> groups.get((int) (key / classes)).add(z));
        for (List<Literal> group : groups) {
            if (group.size() > 1) {
                model.addAtMostOne(group);
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

    /** After {@link Outcome#FOUND}: the items with their own variable that the paper takes. */
    List<Integer> chosenSpecials() {
        List<Integer> picked = new ArrayList<>();
        for (int i : specials) {
            if (solver.booleanValue(chosen[i])) {
                picked.add(i);
            }
        }
        return picked;
    }

    /** After {@link Outcome#FOUND}: per group spanning classes that the paper takes, its members in that class. */
    List<List<Integer>> chosenGroupMembers() {
        List<List<Integer>> picked = new ArrayList<>();
        pairVars.forEach((key, z) -> {
            if (solver.booleanValue(z)) {
                picked.add(pairMembers.get(key));
            }
        });
        return picked;
    }

    long lo(int c) {
        return c < index.model.rowCount() ? index.model.lo[c] : index.model.typeNeed[c - index.model.rowCount()];
    }

    long hi(int c) {
        return c < index.model.rowCount() ? index.model.hi[c] : index.model.typeNeed[c - index.model.rowCount()];
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
