package org.jianding.app.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rendering alone: 1,000 one-page score reports with the 18-spoke radar and the QR code, on one thread per core,
 * after 50 warm-up reports. Tagged {@code bench}: {@code ./mvnw -pl app -am -Pbench test
 * -Dtest=ScoreReportPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints, never asserts timing.
 */
@Tag("bench")
class ScoreReportPdfBenchmark {

    static final int REPORTS = Integer.getInteger("bench.reports", 1_000);

    @Test
    void rendersAThousandScoreReports() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ScoreReportData data = ReportFixture.report("2026-11-27 10:00:00");
        for (int i = 0; i < 50; i++) {
            ReportPdfs.scoreReport(data);
        }
        long single = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            ReportPdfs.scoreReport(data);
        }
        double msEach = (System.nanoTime() - single) / 50 / 1e6;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            pdfs.add(pool.submit(() -> ReportPdfs.scoreReport(data)));
        }
        long bytes = 0;
        for (Future<byte[]> f : pdfs) {
            bytes += f.get().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(
                "score report PDFs (radar + QR): %d in %.2f s on %d threads = %.0f per second; one at a time %.1f ms;"
                        + " %d KiB each; load average %s%n",
                REPORTS,
                seconds,
                threads,
                REPORTS / seconds,
                msEach,
                bytes / REPORTS / 1024,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }
}
