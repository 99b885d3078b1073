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

        double[][] plain = timePapers(assembly, checker, n -> AssemblyRequest.seeded(n), 3_000, 10_000);
        report.row("one paper", "p50 ≤ 1 ms, p99 ≤ 10 ms", plain, "10,000 papers, distinct seeds, all checked");

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
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < 1_000; c++) {
            candidates.add(Candidate.firstAttempt("C" + c));
        }
        assembly.parallelForms(SessionRequest.of(1, candidates.subList(0, 200), cap)); // warm-up
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
        report.diagnosis("bank short of one cross row", shortBank, 50);
        report.diagnosis("two rows that conflict only together", conflict, 50);
    }

    static String fmt(double value) {
        return String.format("%.3f", value);
    }
}
