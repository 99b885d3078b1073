package org.jianding.bank.assembly.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.FacilityBand;
import org.jianding.bank.assembly.InformationTarget;
import org.jianding.bank.assembly.Shortfall;

/**
 * A paper for a blueprint with a test information target, item by item in CP-SAT (information differs item by item,
 * so classes do not help): one yes/no per item the candidate may get; per type its count (or range, and then the
 * total); per row its points or questions; each 互斥 group at most one; each item set whole or not at all; at most
 * the cap shared with each earlier form; the facility band on Σ points × facility; and at each ability point the
 * information Σ a² P(1 − P) (in thousandths) at least a common level t, itself at least the target's minimum, with t
 * maximised (maximin). Meant for calibrated banks of up to some thousands of items.
 */
final class InformationModel {

    static final long SCALE = 1_000;
    static final double SECONDS = 10;

    private final ItemIndex index;
    private final BitSet blocked;
    private final OverlapCapPolicy overlap;
    private final InformationTarget target;
    private final FacilityBand band;
    private BoolVar[] take;
    private IntVar level;
    private CpSolver solver;

    InformationModel(
            ItemIndex index, BitSet blocked, OverlapCapPolicy overlap, InformationTarget target, FacilityBand band) {
        this.index = index;
        this.blocked = blocked;
        this.overlap = overlap;
        this.target = target;
        this.band = band;
    }

    /** The selection with the most information at its weakest point, or null with the reason in failure[0]. */
    Selection draw(long seed, Diagnosis[] failure) {
        CpSolverStatus status = solve(seed, true);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            Selection selection = new Selection(index, blocked, overlap);
            for (int i = 0; i < take.length; i++) {
                if (take[i] != null && solver.booleanValue(take[i])) {
                    selection.add(i);
                }
            }
            return selection;
        }
        if (status != CpSolverStatus.INFEASIBLE) {
            failure[0] = new Diagnosis(List.of(), false, "精确求解在时限内未能组成满足测验信息量目标的试卷");
            return null;
        }
        if (target.minimum() > 0 && isFound(solve(seed, false))) {
            double most = solver.value(level) / (double) SCALE;
            String message = String.format(
                    Locale.ROOT,
                    "测验信息量：要求在能力 θ = %s 处都至少为 %.2f，但满足比重表的试卷在这些点上的最小信息量最多只能达到 %.2f；把要求降到 %.2f 即可组卷",
                    abilities(),
                    target.minimum(),
                    most,
                    Math.floor(most * 100) / 100);
            failure[0] = new Diagnosis(
                    List.of(new Shortfall(
                            "测验信息量", (int) Math.ceil(target.minimum()), (int) Math.floor(most), "", message)),
                    true,
                    "满足比重表的试卷都达不到测验信息量目标");
            return null;
        }
        failure[0] = null; // the blueprint itself cannot be met: the caller diagnoses it as usual
        return null;
    }

    private static boolean isFound(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    private String abilities() {
        return String.join(
                "、",
                target.abilities().stream()
                        .map(t -> String.format(Locale.ROOT, "%.1f", t))
                        .toList());
    }

    private CpSolverStatus solve(long seed, boolean withMinimum) {
        CpModel model = CpSat.model();
        RowModel m = index.model;
        int n = index.items.length;
        take = new BoolVar[n];
        LinearExprBuilder[] types = new LinearExprBuilder[RowModel.TYPES];
        LinearExprBuilder[] rows = new LinearExprBuilder[m.rowCount()];
        LinearExprBuilder points = LinearExpr.newBuilder();
        LinearExprBuilder expected = LinearExpr.newBuilder();
        List<Double> abilities = target.abilities();
        LinearExprBuilder[] information = new LinearExprBuilder[abilities.size()];
        for (int p = 0; p < information.length; p++) {
            information[p] = LinearExpr.newBuilder();
        }
        for (int i = 0; i < n; i++) {
            if (blocked.get(i) || index.unusableSets.get(i)) {
                continue;
            }
            take[i] = model.newBoolVar("x" + i);
            int k = index.itemClass[i];
            int t = index.classType[k];
            (types[t] == null ? types[t] = LinearExpr.newBuilder() : types[t]).add(take[i]);
            points.addTerm(take[i], index.classPoints[k]);
            expected.addTerm(take[i], Math.round(index.classPoints[k] * index.facility[i] * FacilityBuckets.SCALE));
            for (int r : index.classRows[k]) {
                (rows[r] == null ? rows[r] = LinearExpr.newBuilder() : rows[r]).addTerm(take[i], m.weight(r, t));
            }
            for (int p = 0; p < information.length; p++) {
                information[p].addTerm(take[i], Math.round(index.items[i].information(abilities.get(p)) * SCALE));
            }
        }
        for (int t = 0; t < RowModel.TYPES; t++) {
            if (m.typeMax[t] > 0 || types[t] != null) {
                model.addLinearConstraint(
                        types[t] == null ? LinearExpr.constant(0) : types[t], m.typeNeed[t], m.typeMax[t]);
            }
        }
        model.addEquality(points, m.totalPoints);
        for (int r = 0; r < rows.length; r++) {
            model.addLinearConstraint(rows[r] == null ? LinearExpr.constant(0) : rows[r], m.lo[r], m.hi[r]);
        }
        for (int[] members : index.groupMembers) {
            LinearExprBuilder group = LinearExpr.newBuilder();
            for (int i : members) {
                if (take[i] != null) {
                    group.add(take[i]);
                }
            }
            model.addLessOrEqual(group, 1);
        }
        for (int[] members : index.setMembers) {
            for (int i : members) {
                if (take[i] != null && take[members[0]] != null) {
                    model.addEquality(take[i], take[members[0]]);
                }
            }
        }
        if (overlap != null) {
            for (int[] form : overlap.forms()) {
                LinearExprBuilder shared = LinearExpr.newBuilder();
                for (int i : form) {
                    if (take[i] != null) {
                        shared.add(take[i]);
                    }
                }
                model.addLessOrEqual(shared, overlap.cap());
            }
        }
        if (band != null) {
            model.addLinearConstraint(
                    expected,
                    FacilityBuckets.ceil(band.low() * m.totalPoints),
                    FacilityBuckets.floor(band.high() * m.totalPoints));
        }
        long most = 0;
        for (int i = 0; i < n; i++) {
            for (double theta : abilities) {
                most += Math.round(index.items[i].information(theta) * SCALE);
            }
        }
        long lowest = withMinimum ? (long) Math.ceil(target.minimum() * SCALE) : 0;
        // a minimum above all the bank's information together keeps its domain non-empty, so it is proven infeasible
        level = model.newIntVar(lowest, Math.max(Math.max(most, 1), lowest), "t");
        for (LinearExprBuilder info : information) {
            model.addGreaterOrEqual(info, level);
        }
        model.maximize(level);
        solver = CpSat.solver(seed, SECONDS);
        return solver.solve(model);
    }
}
