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
import java.util.BitSet;
import java.util.List;

/**
 * The whole problem of one paper for CP-SAT, exact where the count search relaxes: items in a 互斥 group or in an
 * earlier form of the session get a yes/no variable each (at most one per group; at most {@code cap} shared with
 * each earlier form); all other items of a class are interchangeable and get one count. Per class the total count,
 * per type the section's count, per weight row its points between the row's bounds. In a relaxable model each
 * section and row holds only under its own literal, so a diagnosis can ask which of them conflict.
 */
final class ExactModel {

    enum Outcome {
        FOUND,
        INFEASIBLE,
        UNKNOWN
    }

    private final ItemIndex index;
    private final CpModel model;
    private final IntVar[] count;
    private final IntVar[] plainCount;
    private final int[] plainAvail;
    private final int[] specials;
    private final BoolVar[] chosen;
    private final IntVar[] sums;
    private final long[] lo;
    private final long[] hi;
    private final BoolVar[] holds;
    private final List<Integer> typesUsed = new ArrayList<>();
    private CpSolver solver;

    /**
     * @param excluded items this candidate must not get
     * @param overlap the session's earlier forms and cap, or null
     * @param relaxable whether each section and row holds only under its own literal (for diagnoses)
     */
    ExactModel(ItemIndex index, BitSet excluded, OverlapCapPolicy overlap, boolean relaxable) {
        this.index = index;
        this.model = CpSat.model();
        RowModel m = index.model;
        int classes = index.classCount();
        int formSize = sum(m.typeNeed);
        boolean capBinds = overlap != null && overlap.binds(formSize);
        BitSet special = new BitSet();
        plainAvail = new int[classes];
        int[] specialCount = new int[classes];
        for (int i = 0; i < index.items.length; i++) {
            if (excluded.get(i)) {
                continue;
            }
            int k = index.itemClass[i];
            if (index.mutex[i] >= 0 || capBinds && overlap.isHeld(i)) {
                special.set(i);
                specialCount[k]++;
            } else {
                plainAvail[k]++;
            }
        }
        specials = special.stream().toArray();
        chosen = new BoolVar[index.items.length];
        for (int i : specials) {
            chosen[i] = model.newBoolVar("y" + i);
        }
        count = new IntVar[classes];
        plainCount = new IntVar[classes];
        LinearExprBuilder[] classSum = new LinearExprBuilder[classes];
        for (int k = 0; k < classes; k++) {
            plainCount[k] = model.newIntVar(0, plainAvail[k], "p" + k);
            count[k] = model.newIntVar(0, plainAvail[k] + specialCount[k], "c" + k);
            classSum[k] = LinearExpr.newBuilder().add(plainCount[k]);
        }
        for (int i : specials) {
            classSum[index.itemClass[i]].add(chosen[i]);
        }
        for (int k = 0; k < classes; k++) {
            if (specialCount[k] > 0) {
                model.addEquality(count[k], classSum[k]);
            } else {
                model.addEquality(count[k], plainCount[k]);
            }
        }
        addMutexGroups();
        if (capBinds) {
            addOverlapCap(overlap, excluded);
        }
        int rows = m.rowCount();
        int constraints = rows + RowModel.TYPES;
        sums = new IntVar[constraints];
        lo = new long[constraints];
        hi = new long[constraints];
        holds = new BoolVar[constraints];
        LinearExprBuilder[] rowSum = new LinearExprBuilder[rows];
        for (int r = 0; r < rows; r++) {
            rowSum[r] = LinearExpr.newBuilder();
        }
        LinearExprBuilder[] typeSum = new LinearExprBuilder[RowModel.TYPES];
        for (int k = 0; k < classes; k++) {
            for (int r : index.classRows[k]) {
                rowSum[r].addTerm(count[k], index.classPoints[k]);
            }
            int t = index.classType[k];
            if (typeSum[t] == null) {
                typeSum[t] = LinearExpr.newBuilder();
            }
            typeSum[t].add(count[k]);
        }
        for (int r = 0; r < rows; r++) {
            bound(r, rowSum[r], m.lo[r], m.hi[r], m.totalPoints, relaxable);
        }
        for (int t = 0; t < RowModel.TYPES; t++) {
            if (m.typeNeed[t] > 0) {
                typesUsed.add(t);
                LinearExprBuilder sum = typeSum[t] == null ? LinearExpr.newBuilder() : typeSum[t];
                bound(rows + t, sum, m.typeNeed[t], m.typeNeed[t], Math.max(m.typeNeed[t], formSize), relaxable);
            }
        }
    }

    private void bound(int c, LinearExprBuilder expr, long low, long high, long most, boolean relaxable) {
        lo[c] = low;
        hi[c] = high;
        if (!relaxable) {
            model.addLinearConstraint(expr, low, high);
            return;
        }
        sums[c] = model.newIntVar(0, Math.max(most, high), "s" + c);
        model.addEquality(sums[c], expr);
        holds[c] = model.newBoolVar("h" + c);
        model.addLinearConstraint(sums[c], low, high).onlyEnforceIf(holds[c]);
    }

    private void addMutexGroups() {
        List<List<Literal>> groups = new ArrayList<>();
        for (int g = 0; g < index.groupCount; g++) {
            groups.add(new ArrayList<>());
        }
        for (int i : specials) {
            if (index.mutex[i] >= 0) {
                groups.get(index.mutex[i]).add(chosen[i]);
            }
        }
        for (List<Literal> group : groups) {
            if (group.size() > 1) {
                model.addAtMostOne(group);
            }
        }
    }

    private void addOverlapCap(OverlapCapPolicy overlap, BitSet excluded) {
        for (int[] form : overlap.forms()) {
            LinearExprBuilder shared = LinearExpr.newBuilder();
            int terms = 0;
            for (int i : form) {
                if (!excluded.get(i)) {
                    shared.add(chosen[i]);
                    terms++;
                }
            }
            if (terms > overlap.cap()) {
                model.addLessOrEqual(shared, overlap.cap());
            }
        }
    }

    /** Solves for a paper, hinted towards the wished counts per class. */
    Outcome solve(int[] wish, long seed, double seconds) {
        for (int k = 0; k < count.length; k++) {
            model.addHint(count[k], Math.min(wish[k], plainAvail[k]));
        }
        for (int i : specials) {
            model.addHint(chosen[i], false);
        }
        return run(seed, seconds);
    }

    private Outcome run(long seed, double seconds) {
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

    /** Constraint ids of a relaxable model: rows 0..rows-1, then rows + type for each section. */
    List<Integer> constraints() {
        List<Integer> ids = new ArrayList<>();
        for (int r = 0; r < index.model.rowCount(); r++) {
            ids.add(r);
        }
        for (int t : typesUsed) {
            ids.add(index.model.rowCount() + t);
        }
        return ids;
    }

    /** Whether the constraints in {@code ids} (all others dropped) can hold together. */
    Outcome holdTogether(List<Integer> ids, long seed, double seconds) {
        model.clearAssumptions();
        for (int c : ids) {
            model.addAssumption(holds[c]);
        }
        model.clearObjective();
        return run(seed, seconds);
    }

    /** After {@link Outcome#INFEASIBLE} from {@link #holdTogether}: a subset of the ids that already conflicts. */
    List<Integer> core(List<Integer> ids) {
        List<Integer> vars = solver.sufficientAssumptionsForInfeasibility();
        List<Integer> core = new ArrayList<>();
        for (int c : ids) {
            if (vars.contains(holds[c].getIndex())) {
                core.add(c);
            }
        }
        return core.isEmpty() ? ids : core;
    }

    /**
     * The value of constraint {@code c} nearest its bounds while the constraints in {@code others} hold, or null when
     * they do not hold even without it (or time ran out).
     */
    Long nearest(int c, List<Integer> others, long seed, double seconds) {
        model.clearAssumptions();
        for (int o : others) {
            if (o != c) {
                model.addAssumption(holds[o]);
            }
        }
        IntVar miss = model.newIntVar(0, Math.max(hi[c], sums[c].getDomain().max()), "miss" + c);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(miss).add(sums[c]), lo[c]);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(miss).addTerm(sums[c], -1), -hi[c]);
        model.minimize(miss);
        solver = CpSat.solver(seed, seconds);
        CpSolverStatus status = solver.solve(model);
        model.clearObjective();
        return status == CpSolverStatus.OPTIMAL ? solver.value(sums[c]) : null;
    }

    long lo(int c) {
        return lo[c];
    }

    long hi(int c) {
        return hi[c];
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
