package org.jianding.bank.irt;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cost of a 2PL calibration of a large sitting: 3,000 persons × 100 items simulated (seeded), calibrated with the
 * default options (standard errors included) and without standard errors; prints wall and CPU time of the calling
 * thread and the load average. Not part of the suite: {@code ./mvnw -q -pl question-bank -Pbench
 * -Dtest=CalibrationBenchmark test}.
 */
@Tag("bench")
class CalibrationBenchmark {

    @Test
    void threeThousandPersonsByAHundredItems() {
        Random random = new Random(18);
        int items = 100;
        double[] a = new double[items];
        double[] d = new double[items];
        for (int i = 0; i < items; i++) {
            a[i] = 0.6 + 1.4 * random.nextDouble();
            d[i] = -2 + 4 * random.nextDouble();
        }
        DichotomousResponses data = new DichotomousResponses(items);
        for (int p = 0; p < 3000; p++) {
            double theta = random.nextGaussian();
            byte[] row = new byte[items];
            for (int i = 0; i < items; i++) {
                row[i] = random.nextDouble() < new ItemParameters(a[i], d[i]).probability(theta) ? (byte) 1 : 0;
            }
            data.add(row);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        MmlCalibration.calibrate(data, IrtModel.RASCH); // warm-up
        for (boolean errors : new boolean[] {false, true}) {
            var options = new MmlCalibration.Options(
                    MmlCalibration.Options.DEFAULT.quadraturePoints(),
                    MmlCalibration.Options.DEFAULT.tolerance(),
                    MmlCalibration.Options.DEFAULT.maxCycles(),
                    errors);
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            CalibrationResult r = MmlCalibration.calibrate(data, IrtModel.TWO_PL, java.util.Map.of(), options);
            System.out.printf(
                    "calibration benchmark: 3000 × 100 2PL, standard errors %s: %d cycles, %.0f ms (CPU %.0f ms),"
                            + " load average %.1f%n",
                    errors,
                    r.fit().cycles(),
                    (System.nanoTime() - start) / 1e6,
                    (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(r.fit().converged()).isTrue();
        }
    }
}
