package org.jianding.bank.assembly.bench;

import java.io.IOException;
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

    void row(String name, String target, double[] sortedMs, String how) {
        String row = "| " + name + " | " + target + " | " + ms(pct(sortedMs, 0.50)) + " | " + ms(pct(sortedMs, 0.99))
                + " | " + ms(sortedMs[sortedMs.length - 1]) + " | " + how + " |";
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
            int distinctItems) {
        String row = "| " + name + " | " + forms + " (" + failures + " without form) | " + failedChecks + " | "
                + overlap + " (cap " + cap + ") | " + String.format("%.3f", spread) + " | "
                + String.format("%.0f", perSecond) + " | " + distinctItems + " |";
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

    void write(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Paper assembly benchmarks");
        out.add("");
        out.add("Reproduce: `./mvnw -q -pl question-bank -Pbench test` (about a minute; rewrites this file). Harness: "
                + "`question-bank/src/test/java/org/jianding/bank/assembly/bench/AssemblyBenchmark.java`, a plain "
                + "JUnit test tagged `bench` (warm-up, then wall-clock per call with `System.nanoTime`; one thread).");
        out.add("");
        out.add("Machine: " + machine() + ". Run on " + LocalDate.now() + ".");
        out.add("");
        notes.forEach(n -> out.add(n));
        out.add("");
        out.add("## One paper");
        out.add("");
        out.add("| case | target | p50 ms | p99 ms | max ms | how |");
        out.add("|---|---|---|---|---|---|");
        out.addAll(papers);
        out.add("");
        out.add("## Parallel forms (one session, one thread)");
        out.add("");
        out.add("Targets: every form passes the checker; max pairwise overlap ≤ 2 (50k pool) / ≤ 5 (3k pool); "
                + "spread of expected scores ≤ 0.4 points; ≥ 400 forms per second per core.");
        out.add("");
        out.add("| session | forms | failed checks | max pairwise overlap | expected-score spread | forms/s | "
                + "distinct items used |");
        out.add("|---|---|---|---|---|---|---|");
        out.addAll(forms);
        out.add("");
        out.add("## Infeasible blueprints");
        out.add("");
        out.add("| case | target | p50 ms | max ms | diagnosis |");
        out.add("|---|---|---|---|---|");
        out.addAll(diagnoses);
        out.add("");
        Files.createDirectories(file.getParent());
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

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static String ms(double value) {
        return String.format("%.3f", value);
    }
}
