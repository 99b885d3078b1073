package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.Shortfall;

/**
 * A minimal set of weight rows that cannot hold together, with the sections (题型、题数) kept as the frame: the exact
 * model's own core first, then a deletion filter (drop a row; if the rest still conflicts it was not needed), so
 * every row named is necessary. For each row named, the exact model then finds the nearest points the row could
 * have with every other row kept, which is what relaxing it would take. When the sections alone cannot be met (互斥
 * groups, items seen before or the overlap cap leave too few of a type), the sections are named instead.
 */
final class RowConflicts {

    /** CP-SAT's deterministic time limit per question asked of the model. */
    static final double SOLVE_SECONDS = 2;

    private final ItemIndex index;
    private final BitSet excluded;
    private final BitSet candidateExcluded;
    private final OverlapCapPolicy overlap;
    private final long seed;
    private final CountProblem relaxed;
    private ExactModel model;
    private ExactModel fullModel;

    RowConflicts(
            ItemIndex index,
            CountProblem relaxed,
            BitSet excluded,
            BitSet candidateExcluded,
            OverlapCapPolicy overlap,
            long seed) {
        this.candidateExcluded = candidateExcluded;
        this.index = index;
        this.relaxed = relaxed;
        this.excluded = excluded;
        this.overlap = overlap;
        this.seed = seed;
    }

    Diagnosis diagnose(String context) {
        // the count model is small and, without units (sets, groups across classes, a binding cap), already exact
        ExactModel counts = new ExactModel(index, relaxed.avail());
        ExactModel full = new ExactModel(index, excluded, overlap);
        boolean countsSuffice = full.countsOnly();
        List<Integer> all = counts.constraints();
        List<Integer> sections = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int c : all) {
            (c < index.model.rowCount() ? rows : sections).add(c);
        }
        model = counts;
        ExactModel.Outcome relaxedOutcome = counts.holdTogether(all, seed, SOLVE_SECONDS);
        if (relaxedOutcome == ExactModel.Outcome.UNKNOWN
                || relaxedOutcome == ExactModel.Outcome.FOUND && countsSuffice) {
            return unproven(context);
        }
        if (relaxedOutcome == ExactModel.Outcome.FOUND) {
            model = full;
        }
        List<Integer> frame = sections;
        List<Integer> candidates = rows;
        ExactModel.Outcome sectionsAlone = model.holdTogether(sections, seed, SOLVE_SECONDS);
        if (sectionsAlone == ExactModel.Outcome.UNKNOWN) {
            return unproven(context);
        }
        if (sectionsAlone == ExactModel.Outcome.INFEASIBLE) {
            frame = List.of();
            candidates = sections;
        }
        List<Integer> conflict = quickXplain(frame, candidates);
        if (conflict != null && model == counts && !countsSuffice) {
            // what conflicts in counts conflicts for items too; minimal for items is checked on the full model
            model = full;
            if (!minimalAsIs(frame, conflict)) {
                conflict = quickXplain(frame, conflict);
            }
        }
        if (conflict == null) {
            return unproven(context);
        }
        fullModel = countsSuffice ? null : full;
        List<Shortfall> found = new ArrayList<>();
        for (int c : conflict) {
            found.add(explain(c, conflict, frame, all));
        }
        List<Shortfall> groups =
                new GroupConflicts(index, candidateExcluded, overlap, seed).named(join(frame, conflict));
        found.addAll(groups);
        String what = candidates == sections ? "题型设置" : "比重表";
        String frameNote = candidates == sections ? "" : "在题型、题数不变时，";
        String groupNote = groups.isEmpty() ? "" : "，且与 " + groups.size() + " 个互斥组或题组有关";
        return new Diagnosis(found, true, frameNote + what + "的 " + conflict.size() + " 行不能同时满足" + groupNote + context);
    }

    private List<Integer> quickXplain(List<Integer> frame, List<Integer> candidates) {
        return new QuickXplain(model, seed, SOLVE_SECONDS).minimal(frame, candidates);
    }

    /** Whether every member of the conflict is needed (dropping any one lets the rest hold); null-safe on time-outs. */
    private boolean minimalAsIs(List<Integer> frame, List<Integer> conflict) {
        for (int c : conflict) {
            List<Integer> without = new ArrayList<>(conflict);
            without.remove(Integer.valueOf(c));
            if (model.holdTogether(join(frame, without), seed, SOLVE_SECONDS) != ExactModel.Outcome.FOUND) {
                return false;
            }
        }
        return true;
    }

    private Shortfall explain(int c, List<Integer> conflict, List<Integer> frame, List<Integer> everything) {
        // the nearest value is asked of the full model: with 互斥 groups or the cap, counts may promise too much
        ExactModel model = fullModel != null ? fullModel : this.model;
        boolean section = c >= index.model.rowCount();
        String label = section ? RowModel.typeName(c - index.model.rowCount()) : index.model.labels[c];
        boolean counted = section || index.model.counted[c];
        String unit = counted ? "题" : "分";
        List<String> others = conflict.stream()
                .filter(o -> o != c)
                .map(o -> o >= index.model.rowCount()
                        ? RowModel.typeName(o - index.model.rowCount())
                        : index.model.labels[o])
                .toList();
        Long nearest = model.nearest(c, everything, seed, SOLVE_SECONDS);
        boolean restKept = nearest != null;
        if (nearest == null) {
            nearest = model.nearest(c, join(frame, conflict), seed, SOLVE_SECONDS);
        }
        long lo = model.lo(c);
        long hi = model.hi(c);
        String with = others.isEmpty() ? "" : "与 " + String.join("、", others) + " 同时满足时";
        if (nearest == null || nearest >= lo && nearest <= hi) {
            return new Shortfall(
                    label, (int) lo, (int) lo, unit, label + "：" + with + "不能满足（" + range(lo, hi, unit) + "）");
        }
        long v = nearest;
        String then = restKept ? "；其余不变，只需把本行放宽到" + amount(v, unit) + "即可组卷" : "；即使放宽到" + amount(v, unit) + "，还须调整其他行";
        if (others.isEmpty()) {
            String why =
                    section ? "互斥题组、考生做过的题、重叠上限或总分使可同时入卷的题不够" : counted ? "按题型设置与可用题凑不出这个题数" : "按各题型的分值与可用题凑不出这个分数";
            return new Shortfall(
                    label,
                    (int) (v < lo ? lo : hi),
                    (int) v,
                    unit,
                    label + "：" + range(lo, hi, unit) + "，但" + why + "，最接近的是" + amount(v, unit) + then);
        }
        if (v < lo) {
            return new Shortfall(
                    label,
                    (int) lo,
                    (int) v,
                    unit,
                    label + "：需要至少" + amount(lo, unit) + "，但" + with + "最多只能有" + amount(v, unit) + "（差 " + (lo - v)
                            + " " + unit + "）" + then);
        }
        return new Shortfall(
                label,
                (int) hi,
                (int) v,
                unit,
                label + "：至多" + amount(hi, unit) + "，但" + with + "至少要有" + amount(v, unit) + "（超出 " + (v - hi) + " "
                        + unit + "）" + then);
    }

    private String amount(long value, String unit) {
        if (!unit.equals("分")) {
            return " " + value + " " + unit;
        }
        double percent = 100.0 * value / index.model.totalPoints;
        String p = percent == Math.rint(percent)
                ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%.1f", percent);
        return " " + value + " 分（占 " + p + "%）";
    }

    private String range(long lo, long hi, String unit) {
        return lo == hi ? "要求正好" + amount(lo, unit) : "要求" + amount(lo, unit) + "到" + amount(hi, unit);
    }

    private Diagnosis unproven(String context) {
        return new Diagnosis(List.of(), false, "精确求解在时限内未能找出冲突的行" + context);
    }

    static List<Integer> join(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
