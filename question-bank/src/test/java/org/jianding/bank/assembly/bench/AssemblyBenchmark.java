package org.jianding.bank.assembly.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jianding.bank.assembly.AssemblyFixture;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.Candidate;
import org.jianding.bank.assembly.Form;
import org.jianding.bank.assembly.FormMetrics;
import org.jianding.bank.assembly.FormSet;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.PaperChecker;
import org.jianding.bank.assembly.RowScope;
import org.jianding.bank.assembly.SessionRequest;
import org.jianding.bank.assembly.ShareRow;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The assembly benchmarks of issue 4, run by {@code ./mvnw -pl question-bank -Pbench test}; writes
 * docs/benchmarks-assembly.md. Kept out of the default test run (tag {@code bench}).
 */
@Tag("bench")
class AssemblyBenchmark {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final Blueprint BLUEPRINT = AssemblyFixture.blueprint();
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void measuresAssemblyAgainstTheIssueTargets() throws IOException {
        Report report = new Report();
        List<AssemblyItem> bank = AssemblyFixture.bank(100_000, 2024);
        long t0 = System.nanoTime();
        PaperAssembly assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
        double coldMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
        double prepareMs = (System.nanoTime() - t0) / 1e6;
        report.line("Bank: 100,000 generated items, " + assembly.eligibleItems() + " eligible for "
                + BLUEPRINT.level().label() + ", " + assembly.itemClasses() + " item classes; blueprint: "
                + BLUEPRINT.itemCount() + " items, " + BLUEPRINT.sections().size() + " sections + "
                + BLUEPRINT.rows().size()
                + " weight rows. Validating and indexing the bank (once per blueprint and bank "
                + "snapshot): " + fmt(coldMs) + " ms cold, " + fmt(prepareMs) + " ms the second time.");
        PaperChecker checker = new PaperChecker(BLUEPRINT, TAXONOMY, bank);

        double[][] plain = timePapers(assembly, checker, n -> AssemblyRequest.seeded(n), 1_000, 3_000);
        report.row("one paper", "p50 ≤ 1 ms, p99 ≤ 10 ms", plain, "3,000 papers, distinct seeds, all checked");

        Random random = new Random(9);
        Map<String, Integer> counts = new HashMap<>();
        for (AssemblyItem item : bank) {
            counts.put(item.id(), random.nextInt(30));
        }
        Map<String, Integer> exposure = Map.copyOf(counts);
        List<Set<String>> histories = new ArrayList<>();
        for (int h = 0; h < 50; h++) {
            Set<String> seen = new HashSet<>();
            for (int a = 0; a < 3; a++) {
                assembly.assemble(AssemblyRequest.seeded(h * 7L + a))
                        .paper()
                        .refs()
                        .forEach(r -> seen.add(r.id()));
            }
            histories.add(Set.copyOf(seen)); // immutable: requests then share it instead of copying
        }
        double[][] guarded = timePapers(
                assembly,
                checker,
                n -> AssemblyRequest.seeded(n)
                        .excluding(histories.get((int) (n % histories.size())))
                        .withExposure(exposure),
                3_000,
                10_000);
        report.row(
                "one paper, re-taker + exposure",
                "p50 ≤ 3 ms",
                guarded,
                "~200 items excluded (3 earlier papers), exposure counts for all 100k items");

        Blueprint counted = AssemblyFixture.countedBlueprint();
        double[][] countedTimes = timePapers(
                PaperAssembly.prepare(counted, TAXONOMY, bank),
                new PaperChecker(counted, TAXONOMY, bank),
                n -> AssemblyRequest.seeded(n),
                1_000,
                3_000);
        report.row(
                "one paper, count ranges + count rows",
                "p50 ≤ 1 ms, p99 ≤ 10 ms",
                countedTimes,
                "单选 35–45 题, 判断 5–15 题, 了解 ≥ 15 题, 掌握 × 单选 ≤ 12 题; 3,000 papers, all checked");

        tight(report, bank);
        forms(report, "1,000 forms, 50k pool", assembly, checker, 2, "overlap ≤ 2");
        List<AssemblyItem> small = AssemblyFixture.bank(6_000, 77);
        PaperAssembly smallAssembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, small);
        forms(
                report,
                "1,000 forms, " + smallAssembly.eligibleItems() + "-item pool",
                smallAssembly,
                new PaperChecker(BLUEPRINT, TAXONOMY, small),
                5,
                "overlap ≤ 5");

        List<AssemblyItem> thinPool = AssemblyFixture.bank(1_500, 78);
        PaperAssembly thinAssembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, thinPool);
        forms(
                report,
                "200 forms, " + thinAssembly.eligibleItems() + "-item pool",
                thinAssembly,
                new PaperChecker(BLUEPRINT, TAXONOMY, thinPool),
                BLUEPRINT.itemCount() / 3,
                "overlap ≤ a third",
                200);

        infeasible(report, bank);
        report.write(Path.of("..", "docs", "benchmarks-assembly.md"));
    }

    private double[][] timePapers(
            PaperAssembly assembly,
            PaperChecker checker,
            java.util.function.LongFunction<AssemblyRequest> request,
            int warmup,
            int runs) {
        for (int i = 0; i < warmup; i++) {
            assembly.assemble(request.apply(1_000_000L + i));
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            AssemblyRequest r = request.apply(i);
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            AssemblyResult result = assembly.assemble(r);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
            if (!result.isAssembled()
                    || !checker.check(result.paper(), r.excludedItemIds()).passed()) {
                throw new AssertionError("paper " + i + " failed: " + result.diagnosis());
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[][] {ms, cpu};
    }

    private void forms(
            Report report, String name, PaperAssembly assembly, PaperChecker checker, int cap, String target) {
        forms(report, name, assembly, checker, cap, target, 1_000);
    }

    private void forms(
            Report report,
            String name,
            PaperAssembly assembly,
            PaperChecker checker,
            int cap,
            String target,
            int count) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            candidates.add(Candidate.firstAttempt("C" + c));
        }
        assembly.parallelForms(SessionRequest.of(1, candidates.subList(0, count / 5), cap)); // warm-up
        long startCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        FormSet set = assembly.parallelForms(SessionRequest.of(2, candidates, cap));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e9;
        long failedChecks = set.forms().stream()
                .filter(f -> !checker.check(f.paper(), Set.of()).passed())
                .count();
        int overlap = FormMetrics.maxPairwiseOverlap(set.forms());
        double spread = FormMetrics.expectedScoreSpread(set.forms());
        Set<ItemRef> used = new HashSet<>();
        set.forms().stream().map(Form::paper).forEach(p -> used.addAll(p.refs()));
        report.forms(
                name,
                target,
                set.forms().size(),
                set.failures().size(),
                failedChecks,
                overlap,
                cap,
                spread,
                set.forms().size() / seconds,
                set.forms().size() / cpuSeconds,
                used.size());
    }

    private void infeasible(Report report, List<AssemblyItem> bank) {
        List<AssemblyItem> thin = new ArrayList<>();
        int kept = 0;
        for (AssemblyItem item : bank) {
            boolean lawHardSingle = item.leaf().equals("G3")
                    && item.difficulty().value() == 5
                    && item.type() == QuestionType.SINGLE_CHOICE;
            boolean eligible = item.levels().contains(BLUEPRINT.level());
            if (!lawHardSingle || eligible && kept++ < 1) {
                thin.add(item);
            }
        }
        Blueprint crossed = AssemblyFixture.blueprint(List.of(
                ShareRow.of(RowScope.area("G3").withDifficulty(5, 5).withType(QuestionType.SINGLE_CHOICE), 4, 0)));
        PaperAssembly shortBank = PaperAssembly.prepare(crossed, TAXONOMY, thin);
        Blueprint conflicting = AssemblyFixture.blueprint(List.of(
                ShareRow.of(RowScope.area("G3").withType(QuestionType.CASE_ANALYSIS), 8, 0),
                ShareRow.of(RowScope.area("S1").withType(QuestionType.CASE_ANALYSIS), 8, 0)));
        PaperAssembly conflict = PaperAssembly.prepare(conflicting, TAXONOMY, bank);
        for (int i = 0; i < 20; i++) {
            shortBank.assemble(AssemblyRequest.seeded(i));
            conflict.assemble(AssemblyRequest.seeded(i));
        }
        List<AssemblyItem> lawIsHard = bank.stream()
                .filter(i -> !i.leaf().equals("G3") || i.difficulty().value() == 5)
                .toList();
        PaperAssembly hardLaw = PaperAssembly.prepare(
                AssemblyFixture.blueprint(List.of(ShareRow.of(RowScope.difficulty(5, 5), 2, 0))), TAXONOMY, lawIsHard);
        PaperAssembly parity = PaperAssembly.prepare(
                AssemblyFixture.blueprint(
                        List.of(ShareRow.of(RowScope.area("J").withType(QuestionType.SHORT_ANSWER), 6, 0))),
                TAXONOMY,
                bank);
        PaperAssembly countAgainstBand = PaperAssembly.prepare(
                AssemblyFixture.blueprint(List.of(ShareRow.count(
                        RowScope.cognitive(org.jianding.bank.item.CognitiveLevel.AWARE), 40, ShareRow.UNBOUNDED))),
                TAXONOMY,
                bank);
        for (int i = 0; i < 3; i++) {
            countAgainstBand.assemble(AssemblyRequest.seeded(i));
            shortBank.assemble(AssemblyRequest.seeded(i));
            conflict.assemble(AssemblyRequest.seeded(i));
            hardLaw.assemble(AssemblyRequest.seeded(i));
            parity.assemble(AssemblyRequest.seeded(i));
        }
        report.diagnosis("bank short of one cross row", shortBank, 10);
        report.diagnosis("two rows that conflict only together", conflict, 10);
        report.diagnosis("an area whose items are all 难 and a small 难 share", hardLaw, 10);
        report.diagnosis("a row whose points cannot add up (6 points of 4-point 简答)", parity, 10);
        report.diagnosis("a count row against a points band (了解 ≥ 40 题, 了解 20–30 %)", countAgainstBand, 10);
    }

    /**
     * Tight blueprints: per seed, the 18 leaf areas at exact points, each difficulty ±2 points and each cognitive
     * level ±3 points, taken from a random paper of the bank (so a paper exists); and the 中级 fixture with every
     * tolerance 0 under 300 seeds. Every one must assemble.
     */
    private void tight(Report report, List<AssemblyItem> bank) {
        List<AssemblyItem> half = bank.subList(0, 50_000);
        List<AssemblyItem> eligible = half.stream()
                .filter(i -> i.levels().contains(BLUEPRINT.level()))
                .toList();
        List<PaperAssembly> assemblies = new ArrayList<>();
        List<PaperChecker> checkers = new ArrayList<>();
        for (int seed = 0; seed < 60; seed++) {
            Blueprint tight = tightBlueprint(eligible, new Random(seed));
            assemblies.add(PaperAssembly.prepare(tight, TAXONOMY, half));
            checkers.add(new PaperChecker(tight, TAXONOMY, half));
        }
        for (int w = 50; w < 60; w++) {
            assemblies.get(w).assemble(AssemblyRequest.seeded(w)); // warm-up
        }
        double[][] times = timeEach(50, n -> assemblies.get(n).assemble(AssemblyRequest.seeded(n)), checkers::get);
        report.row(
                "tight: 18 areas exact, difficulty ±2, cognitive ±3",
                "100 % assembled; p99 ≤ 50 ms",
                times,
                "50 blueprints (one per seed, a random paper of the 50k bank as witness), all assembled and checked");
        List<ShareRow> exact = BLUEPRINT.rows().stream()
                .map(r -> ShareRow.of(r.scope(), r.percent(), 0))
                .toList();
        Blueprint zero = new Blueprint(
                BLUEPRINT.name(),
                BLUEPRINT.level(),
                BLUEPRINT.totalPoints(),
                BLUEPRINT.duration(),
                BLUEPRINT.passMark(),
                BLUEPRINT.sections(),
                exact);
        PaperAssembly zeroAssembly = PaperAssembly.prepare(zero, TAXONOMY, bank);
        PaperChecker zeroChecker = new PaperChecker(zero, TAXONOMY, bank);
        for (int w = 0; w < 30; w++) {
            zeroAssembly.assemble(AssemblyRequest.seeded(10_000 + w));
        }
        double[][] zeroTimes = timeEach(300, n -> zeroAssembly.assemble(AssemblyRequest.seeded(n)), n -> zeroChecker);
        report.row(
                "tight: the 中级 fixture with every tolerance 0",
                "100 % assembled; p99 ≤ 50 ms",
                zeroTimes,
                "300 seeds on the 100k bank, all assembled and checked");
    }

    private static Blueprint tightBlueprint(List<AssemblyItem> eligible, Random random) {
        int total = BLUEPRINT.totalPoints();
        Map<String, Integer> leaf = new HashMap<>();
        int[] difficulty = new int[6];
        Map<org.jianding.bank.item.CognitiveLevel, Integer> cognitive = new HashMap<>();
        for (org.jianding.bank.assembly.Section section : BLUEPRINT.sections()) {
            List<AssemblyItem> pool =
                    eligible.stream().filter(i -> i.type() == section.type()).toList();
            Set<Integer> picked = new HashSet<>();
            while (picked.size() < section.count()) {
                picked.add(random.nextInt(pool.size()));
            }
            for (int p : picked) {
                AssemblyItem item = pool.get(p);
                leaf.merge(item.leaf(), section.pointsEach(), Integer::sum);
                difficulty[item.difficulty().value()] += section.pointsEach();
                cognitive.merge(item.cognitive(), section.pointsEach(), Integer::sum);
            }
        }
        List<ShareRow> rows = new ArrayList<>();
        for (String code : List.of(
                "G1", "G2", "G3", "G4", "Z1", "Z2", "Z31", "Z32", "Z33", "Z4", "J1", "J2", "J3", "J4", "S1", "S2", "S3",
                "S4")) {
            rows.add(ShareRow.of(RowScope.area(code), 100.0 * leaf.getOrDefault(code, 0) / total, 0));
        }
        for (int d = 1; d <= 5; d++) {
            rows.add(ShareRow.of(RowScope.difficulty(d, d), 100.0 * difficulty[d] / total, 200.0 / total));
        }
        for (org.jianding.bank.item.CognitiveLevel level : org.jianding.bank.item.CognitiveLevel.values()) {
            rows.add(ShareRow.of(
                    RowScope.cognitive(level), 100.0 * cognitive.getOrDefault(level, 0) / total, 300.0 / total));
        }
        return new Blueprint(
                "tight",
                BLUEPRINT.level(),
                total,
                BLUEPRINT.duration(),
                BLUEPRINT.passMark(),
                BLUEPRINT.sections(),
                rows);
    }

    private double[][] timeEach(
            int runs,
            java.util.function.IntFunction<AssemblyResult> call,
            java.util.function.IntFunction<PaperChecker> checker) {
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            AssemblyResult result = call.apply(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
            if (!result.isAssembled()
                    || !checker.apply(i).check(result.paper(), Set.of()).passed()) {
                throw new AssertionError("tight paper " + i + " failed: " + result.diagnosis());
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[][] {ms, cpu};
    }

    static String fmt(double value) {
        return String.format("%.3f", value);
    }
}
