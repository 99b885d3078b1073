package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.testsupport.TestDatabase;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports a generated 10,000-question workbook for real (validation, duplicate checks, one transaction) and prints
 * the timing split. Outside the default run: {@code -Pbench}; see docs/benchmarks-question-import.md.
 */
@WebTest
@Tag("bench")
class QuestionImportBenchmark {

    static final int QUESTIONS = 10_000;

    @Autowired
    QuestionImport questionImport;

    @Autowired
    Accounts accounts;

    @Test
    void importsTenThousandQuestions() throws Exception {
        long author = accounts.findByEmployeeNo("author").orElseThrow().id();
        byte[] file = BenchmarkWorkbook.questions(QUESTIONS);
        // a dry run first warms the JIT, as a server that has been up a while would be
        questionImport.importFrom(new ByteArrayInputStream(file), "warm-up.xlsx", true, author, Locale.CHINA);

        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        var result =
                questionImport.importFrom(new ByteArrayInputStream(file), "bench.xlsx", false, author, Locale.CHINA);
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();

        assertThat(result).isInstanceOf(QuestionImportResult.Imported.class);
        var imported = (QuestionImportResult.Imported) result;
        var t = imported.timings();
        System.out.printf(
                "%nBENCHMARK question import on %s: %d questions, %.1f MB, %d near-duplicate warnings%n"
                        + "  parse %d ms, validate %d ms, save %d ms, total %d ms (wall %d ms, CPU of the importing thread %d ms,"
                        + " load average %.1f on %d cores)%n%n",
                TestDatabase.selected().origin(),
                imported.ids().size(),
                file.length / 1024.0 / 1024.0,
                imported.warnings().size(),
                t.parseMillis(),
                t.validateMillis(),
                t.saveMillis(),
                t.totalMillis(),
                wall,
                cpu,
                load,
                Runtime.getRuntime().availableProcessors());
        assertThat(imported.ids()).hasSize(QUESTIONS);
    }
}
