package org.jianding.bank.assembly.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.PaperAssembly;

/** Collects benchmark figures and writes them as markdown with the machine they ran on. */
final class Report {

    private final List<String> notes = new ArrayList<>();
    private final List<String> papers = new ArrayList<>();
    private final List<String> forms = new ArrayList<>();
    private final List<String> diagnoses = new ArrayList<>();

    void line(String note) {
        notes.add(note);
        System.out.println(note);
    }

    void row(String name, String target, double[][] wallAndCpu, String how) {
        double[] wall = wallAndCpu[0];
        double[] cpu = wallAndCpu[1];
        String row = "| " + name + " | " + target + " | " + ms(pct(wall, 0.50)) + " | " + ms(pct(wall, 0.99)) + " | "
                + ms(wall[wall.length - 1]) + " | " + ms(pct(cpu, 0.50)) + " | " + ms(pct(cpu, 0.99)) + " | " + how
                + " |";
        papers.add(row);
        System.out.println(row);
    }

    void forms(
            String name,
            String target,
            int forms,
            int failures,
            long failedChecks,
            int overlap,
            int cap,
            double spread,
            double perSecond,
            double perCpuSecond,
            int distinctItems) {
        String row = "| " + name + " | " + forms + " (" + failures + " without form) | " + failedChecks + " | "
                + overlap + " (cap " + cap + ") | " + String.format("%.3f", spread) + " | "
                + String.format("%.0f", perSecond) + " | " + String.format("%.0f", perCpuSecond) + " | " + distinctItems
                + " |";
        this.forms.add(row);
        System.out.println(row);
    }

    void diagnosis(String name, PaperAssembly assembly, int runs) {
        double[] ms = new double[runs];
        Diagnosis diagnosis = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
            diagnosis = result.diagnosis();
        }
        java.util.Arrays.sort(ms);
        String row = "| " + name + " | ≤ 100 ms | " + ms(pct(ms, 0.5)) + " | " + ms(ms[runs - 1]) + " | "
                + (diagnosis == null
                        ? "(assembled!)"
                        : diagnosis.summary() + "：" + String.join("；", diagnosis.messages()))
                + " |";
        diagnoses.add(row);
        System.out.println(row);
    }

    static final String INDEX_SECTION = "## Index per bank version";

    void write(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Paper assembly benchmarks");
        out.add("");
        out.add("Reproduce: `./mvnw -q -pl question-bank -Pbench -Dtest=AssemblyBenchmark test` (several minutes on a "
                + "loaded machine; rewrites this file). Harness: "
                + "`question-bank/src/test/java/org/jianding/bank/assembly/bench/AssemblyBenchmark.java`, a plain "
                + "JUnit test tagged `bench` (warm-up, then wall-clock per call with `System.nanoTime`; one thread).");
        out.add("");
        out.add("Machine: " + machine() + ". Run on " + LocalDate.now() + ", load average at the end "
                + loadAverage() + " (the machine is shared; wall-clock tails include time the thread was not "
                + "scheduled, so thread CPU time is reported beside it).");
        out.add("");
        notes.forEach(n -> out.add(n));
        out.add("");
        out.add("## One paper");
        out.add("");
        out.add("| case | target | p50 ms | p99 ms | max ms | p50 CPU ms | p99 CPU ms | how |");
        out.add("|---|---|---|---|---|---|---|---|");
        out.addAll(papers);
        out.add("");
        out.add("## Parallel forms (one session, one thread)");
        out.add("");
        out.add("Targets: every form passes the checker; max pairwise overlap ≤ 2 (50k pool) / ≤ 5 (3k pool); "
                + "spread of expected scores ≤ 0.4 points; ≥ 400 forms per second per core.");
        out.add("");
        out.add("| session | forms | failed checks | max pairwise overlap | expected-score spread | forms/s wall | "
                + "forms per CPU-second | distinct items used |");
        out.add("|---|---|---|---|---|---|---|---|");
        out.addAll(forms);
        out.add("");
        out.add("## Infeasible blueprints");
        out.add("");
        out.add("| case | target | p50 ms | max ms | diagnosis |");
        out.add("|---|---|---|---|---|");
        out.addAll(diagnoses);
        out.add("");
        out.add("## How to read this");
        out.add("");
        out.addAll(List.of(
                "- Times are per call after the bank was indexed once (`PaperAssembly.prepare`); they include the "
                        + "count search, picking items and building the `Paper`, not the independent check, which runs "
                        + "on every paper outside the timed region.",
                "- The engine works on item classes (same type and same set of weight rows), so its work grows with "
                        + "the blueprint, not with the bank: 100k items become a few hundred classes.",
                "- Counts per class come from local search started at an exposure-aware random sample, then a "
                        + "depth-first search with look-ahead bounds and a budget of 20,000 nodes; when that does not give "
                        + "a paper, OR-Tools CP-SAT solves the exact model (ADR 13) and either finds the paper or proves "
                        + "that none exists. Tight blueprints are the ones that reach CP-SAT; the first call in a JVM "
                        + "also pays for loading its native library (outside the timed region here, after warm-up).",
                "- Count ranges (单选 35–45 题): each draw first picks the questions per type within the ranges so "
                        + "that the points make the total, and the fast search works on that choice; CP-SAT, when "
                        + "reached, chooses the counts itself with the total as a constraint. A count row (至少/至多 N "
                        + "题) adds 1 per question where a points row adds the question's points.",
                "- Diagnoses: rows short on their own come from the look-ahead at the root (well under a "
                        + "millisecond); rows that conflict only together are a minimal set found by QuickXplain over "
                        + "CP-SAT feasibility checks, plus one CP-SAT optimisation per row named for the nearest points "
                        + "it could have (what relaxing it takes). The 100k bank has 互斥 pairs across item classes, "
                        + "so minimality and the nearest points are checked on the full item model, not only the counts.",
                "- Forms: expected score = Σ points × facility (per-item facility, default from difficulty); forms "
                        + "after the first are evened to within 0.1 points of the first by swaps that keep every row "
                        + "in bounds, so the spread stays ≤ 0.2 by construction when swaps exist."));
        out.add("");
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            // the index section comes from AssemblyIndexBenchmark and is kept as it is
            String existing = Files.readString(file);
            int index = existing.indexOf(INDEX_SECTION);
            if (index >= 0) {
                out.addAll(List.of(existing.substring(index).split("\n", -1)));
            }
        }
        Files.write(file, out);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the placeholder
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }

    private static String loadAverage() {
        return String.format(
                "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static String ms(double value) {
        return String.format("%.3f", value);
    }
}
