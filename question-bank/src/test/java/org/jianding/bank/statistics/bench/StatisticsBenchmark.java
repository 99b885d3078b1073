package org.jianding.bank.statistics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jianding.bank.sheet.SheetLimits;
import org.jianding.bank.sheet.XlsxUpload;
import org.jianding.bank.statistics.ItemAnalysis;
import org.jianding.bank.statistics.Responses;
import org.jianding.bank.statistics.ScoreSheet;
import org.jianding.bank.statistics.ScoreStatistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The statistics of 3,000 candidates × 100 items (issue 18), run by {@code ./mvnw -q -pl question-bank -Pbench test
 * -Dtest=StatisticsBenchmark}; prints the calculator's time alone (60 choice items with distractor analysis) and the
 * whole score-sheet upload path (read the .xlsx, check every cell, compute). Figures go into docs/benchmarks.md.
 */
@Tag("bench")
class StatisticsBenchmark {

    private static final int PERSONS = 3_000;
    private static final int ITEMS = 100;

    @Test
    void calculatorOn3000By100() {
        Random random = new Random(18);
        double[] max = new double[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            max[i] = i < 60 ? 1 : 2 + random.nextInt(9);
        }
        Responses responses = new Responses(max);
        for (int p = 0; p < PERSONS; p++) {
            double ability = random.nextDouble();
            Double[] marks = new Double[ITEMS];
            String[] choices = new String[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                boolean right = random.nextDouble() < 0.3 + 0.6 * ability;
                if (i < 60) {
                    marks[i] = right ? 1.0 : 0.0;
                    choices[i] = right ? "A" : String.valueOf((char) ('B' + random.nextInt(3)));
                } else {
                    marks[i] = Math.floor((0.3 + 0.6 * ability) * max[i] * 2 * random.nextDouble()) / 2;
                    marks[i] = Math.min(marks[i], max[i]);
                }
            }
            responses.add(marks, choices);
        }
        double[] millis = time(() -> ItemAnalysis.of(responses), 5, 15);
        System.out.printf(
                "statistics calculator, %d × %d (60 choice items): median %.1f ms, max %.1f ms (15 runs after 5 warm-ups)%n",
                PERSONS, ITEMS, millis[millis.length / 2], millis[millis.length - 1]);
    }

    @Test
    void scoreSheetUploadOf3000By100() throws Exception {
        byte[] file = sheet();
        double[] millis = time(
                () -> {
                    try (XlsxUpload upload = XlsxUpload.read(
                            new ByteArrayInputStream(file), SheetLimits.DEFAULT.withMaxBytes(10L * 1024 * 1024))) {
                        ScoreSheet sheet = ScoreSheet.read(upload.firstVisibleSheet(), ScoreSheet.Words.CHINESE);
                        return ItemAnalysis.of(sheet.responses());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                1,
                3);
        System.out.printf(
                "score sheet upload, %d × %d (%,d bytes): read + check + compute median %.0f ms, max %.0f ms (3 runs after 1 warm-up)%n",
                PERSONS, ITEMS, file.length, millis[millis.length / 2], millis[millis.length - 1]);
    }

    private static byte[] sheet() throws Exception {
        Random random = new Random(7);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("成绩");
            Row labels = sheet.createRow(0);
            Row max = sheet.createRow(1);
            labels.createCell(0).setCellValue("考生");
            max.createCell(0).setCellValue("满分");
            for (int i = 1; i <= ITEMS; i++) {
                labels.createCell(i).setCellValue("第" + i + "题");
                max.createCell(i).setCellValue(2);
            }
            for (int p = 0; p < PERSONS; p++) {
                Row row = sheet.createRow(p + 2);
                row.createCell(0).setCellValue("考生" + p);
                for (int i = 1; i <= ITEMS; i++) {
                    row.createCell(i).setCellValue(random.nextInt(5) / 2.0);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /**
     * Wall-clock milliseconds per run, sorted; the CPU time of the same runs is printed too, since on a shared
     * machine the wall clock mostly measures the other processes.
     */
    private static double[] time(java.util.function.Supplier<ScoreStatistics> run, int warmups, int runs) {
        for (int k = 0; k < warmups; k++) {
            run.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        for (int k = 0; k < runs; k++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            ScoreStatistics stats = run.get();
            cpu[k] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            millis[k] = (System.nanoTime() - start) / 1e6;
            assertThat(stats.test().count()).isEqualTo(PERSONS);
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        System.out.printf(
                "  cpu time of the calling thread: median %.1f ms, max %.1f ms; load average %.1f%n",
                cpu[runs / 2],
                cpu[runs - 1],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return millis;
    }
}
