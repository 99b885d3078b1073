package org.jianding.bank.assembly;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent exact oracle for the property tests: one yes/no variable per item of the bank, written from the
 * blueprint's own words (level, sections with their count ranges, the total, rows as percentages of the total or as
 * numbers of questions, the facility band on Σ points × facility) without any of the engine's code. Says
 * whether some paper exists for a candidate who saw {@code seen}, given earlier forms and an overlap cap.
 */
final class CpSatReference {

    static {
        Loader.loadNativeLibraries();
    }

    /** After a solve with an information target: the optimal smallest information over its ability points. */
    static double bestInformation = Double.NaN;

    private CpSatReference() {}

    static boolean paperExists(Blueprint blueprint, Taxonomy taxonomy, List<AssemblyItem> bank, Set<String> seen) {
        return paperExists(blueprint, taxonomy, bank, seen, List.of(), Integer.MAX_VALUE, blueprint.rows());
    }

    /** Whether a paper exists meeting the sections and just {@code rows} (a subset of the blueprint's rows). */
    static boolean paperExists(
            Blueprint blueprint,
            Taxonomy taxonomy,
            List<AssemblyItem> bank,
            Set<String> seen,
            List<Paper> earlierForms,
            int maxShared,
            List<ShareRow> rows) {
        return paperExists(blueprint, taxonomy, bank, seen, earlierForms, maxShared, rows, null, null);
    }

    /**
     * The same, keeping only the 互斥 groups in {@code groupsKept} and the item sets in {@code setsKept} (null: all of
     * them); the others are dropped, their items free.
     */
    static boolean paperExists(
            Blueprint blueprint,
            Taxonomy taxonomy,
            List<AssemblyItem> bank,
            Set<String> seen,
            List<Paper> earlierForms,
            int maxShared,
            List<ShareRow> rows,
            Set<String> groupsKept,
            Set<String> setsKept) {
        return paperExists(
                blueprint,
                taxonomy,
                bank,
                seen,
                earlierForms,
                maxShared,
                rows,
                groupsKept,
                setsKept,
                AssemblyItem::information);
    }

    /**
     * The same, with an information target measured by {@code information} (item, θ) instead of the items' own 2PL
     * parameters: for a source whose items follow other models (3PL, GPC), the optimum the paper could have had.
     */
    static boolean paperExists(
            Blueprint blueprint,
            Taxonomy taxonomy,
            List<AssemblyItem> bank,
            Set<String> seen,
            List<Paper> earlierForms,
            int maxShared,
            List<ShareRow> rows,
            Set<String> groupsKept,
            Set<String> setsKept,
            java.util.function.ToDoubleBiFunction<AssemblyItem, Double> information) {
        CpModel model = new CpModel();
        Map<String, BoolVar> take = new HashMap<>();
        Map<String, List<Literal>> groups = new HashMap<>();
        Map<String, List<AssemblyItem>> sets = new HashMap<>();
        Set<String> brokenSets = new java.util.HashSet<>();
        List<AssemblyItem> usable = new ArrayList<>();
        for (AssemblyItem item : bank) {
            boolean fits = item.levels().contains(blueprint.level())
                    && blueprint.section(item.type()).isPresent()
                    && !seen.contains(item.id());
            if (item.itemSet() != null && (setsKept == null || setsKept.contains(item.itemSet()))) {
                sets.computeIfAbsent(item.itemSet(), s -> new ArrayList<>()).add(item);
                if (!fits) {
                    brokenSets.add(item.itemSet());
                }
            }
            if (!fits) {
                continue;
            }
            BoolVar y = model.newBoolVar(item.id());
            take.put(item.id(), y);
            usable.add(item);
            for (String group : item.mutexGroups()) {
                if (groupsKept != null && !groupsKept.contains(group)) {
                    continue;
                }
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(y);
            }
        }
        groups.values().forEach(model::addAtMostOne);
        // an item set is taken whole or not at all; one that cannot be taken whole is not taken
        sets.forEach((name, members) -> {
            for (AssemblyItem member : members) {
                BoolVar y = take.get(member.id());
                if (y == null) {
                    continue;
                }
                if (brokenSets.contains(name)) {
                    model.addEquality(y, 0);
                } else {
                    model.addEquality(y, take.get(members.get(0).id()));
                }
            }
        });
        LinearExprBuilder paperPoints = LinearExpr.newBuilder();
        for (Section section : blueprint.sections()) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            usable.stream().filter(i -> i.type() == section.type()).forEach(i -> {
                count.add(take.get(i.id()));
                paperPoints.addTerm(take.get(i.id()), section.pointsEach());
            });
            model.addLinearConstraint(count, section.count(), section.maxCount());
        }
        int total = blueprint.totalPoints();
        model.addEquality(paperPoints, total);
        for (ShareRow row : rows) {
            LinearExprBuilder points = LinearExpr.newBuilder();
            LinearExprBuilder questions = LinearExpr.newBuilder();
            for (AssemblyItem item : usable) {
                RowScope s = row.scope();
                if ((s.node() == null || taxonomy.isWithin(item.leaf(), s.node()))
                        && item.difficulty().value() >= s.minDifficulty()
                        && item.difficulty().value() <= s.maxDifficulty()
                        && (s.cognitive() == null || s.cognitive() == item.cognitive())
                        && (s.type() == null || s.type() == item.type())) {
                    points.addTerm(
                            take.get(item.id()),
                            blueprint.section(item.type()).orElseThrow().pointsEach());
                    questions.add(take.get(item.id()));
                }
            }
            if (row.counted()) {
                // between min and max questions of the scope, whatever their points
                model.addLinearConstraint(
                        questions, row.counts().min(), Math.min(row.counts().max(), 1_000_000));
                continue;
            }
            // share = 100 × points / total must lie within percent ± tolerance (the checker's reading)
            long lo = (long) Math.ceil((row.percent() - row.tolerance()) * total / 100.0 - 1e-7);
            long hi = (long) Math.floor((row.percent() + row.tolerance()) * total / 100.0 + 1e-7);
            model.addLinearConstraint(points, Math.max(0, lo), hi);
        }
        FacilityBand band = blueprint.facilityBand();
        if (band != null) {
            // expected score Σ points × facility within [low, high] × total, in ten-thousandths of a point
            LinearExprBuilder expected = LinearExpr.newBuilder();
            for (AssemblyItem item : usable) {
                int points = blueprint.section(item.type()).orElseThrow().pointsEach();
                expected.addTerm(take.get(item.id()), Math.round(points * item.facility() * 10_000));
            }
            model.addLinearConstraint(expected, (long) Math.ceil(band.low() * total * 10_000 - 1e-6), (long)
                    Math.floor(band.high() * total * 10_000 + 1e-6));
        }
        for (Paper form : earlierForms) {
            LinearExprBuilder shared = LinearExpr.newBuilder();
            form.refs().stream()
                    .map(ref -> take.get(ref.id()))
                    .filter(y -> y != null)
                    .forEach(shared::add);
            model.addLessOrEqual(shared, maxShared);
        }
        InformationTarget target = blueprint.informationTarget();
        com.google.ortools.sat.IntVar level = null;
        if (target != null) {
            // maximin: the smallest information over the ability points, in thousandths, as large as possible
            level = model.newIntVar(Math.round(Math.ceil(target.minimum() * 1000)), 1_000_000_000L, "level");
            for (double theta : target.abilities()) {
                LinearExprBuilder info = LinearExpr.newBuilder();
                for (AssemblyItem item : usable) {
                    info.addTerm(take.get(item.id()), Math.round(information.applyAsDouble(item, theta) * 1000));
                }
                model.addGreaterOrEqual(info, level);
            }
            model.maximize(level);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(60);
        CpSolverStatus status = solver.solve(model);
        if (level != null && status == CpSolverStatus.OPTIMAL) {
            bestInformation = solver.value(level) / 1000.0;
        }
        if (status != CpSolverStatus.FEASIBLE
                && status != CpSolverStatus.OPTIMAL
                && status != CpSolverStatus.INFEASIBLE) {
            throw new IllegalStateException("reference solver undecided: " + status);
        }
        return status != CpSolverStatus.INFEASIBLE;
    }
}
