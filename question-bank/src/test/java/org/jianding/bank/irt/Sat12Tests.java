package org.jianding.bank.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2PL on SAT12 (600 persons, 32 five-option items of a grade-12 science test, from the TESTFACT manual as the R
 * package mirt ships it; fixture and its source in src/test/resources/org/jianding/bank/irt/README.md), scored with
 * the key mirt's documentation gives, missing (8) as wrong as its {@code key2binary} does. mirt publishes no
 * unidimensional 2PL estimates for SAT12 (its tests fit bifactor and nested-logit models to it), so the estimates are
 * compared with an independent computation: a direct quasi-Newton maximisation of the same marginal likelihood
 * (not EM) on the same 41-point Gauss–Hermite rule, written for this fixture (README). Both reach the same maximum:
 * log-likelihood within 1e-4 and every slope and intercept within 0.001.
 */
class Sat12Tests {

    /** The key of mirt's documentation (man/SAT12.Rd). */
    static final int[] KEY = {
        1, 4, 5, 2, 3, 1, 2, 1, 3, 1, 2, 4, 2, 1, 5, 3, 4, 4, 1, 4, 3, 3, 4, 1, 3, 5, 1, 3, 1, 5, 4, 5
    };

    /** The independent computation's maximum (README): ℓ, then a and d per item. */
    static final double LOG_LIKELIHOOD = -9488.952954;

    static final double[] A = {
        0.801385, 1.501853, 1.073808, 0.584118, 0.989049, 1.147763, 1.003696, 0.692398, 0.530240, 1.007094, 1.734514,
        0.161737, 1.102682, 1.036009, 1.293660, 0.726331, 1.550602, 1.700294, 0.838999, 1.536782, 0.606094, 1.540611,
        0.637005, 1.205476, 0.771463, 1.534034, 1.916328, 1.069441, 0.835431, 0.385778, 2.337052, 0.129559
    };
    static final double[] D = {
        -1.044964, 0.437761, -1.141318, -0.530284, 0.605539, -2.049067, 1.383065, -1.508262, 2.142441, -0.360342,
        5.251620, -0.345412, 0.850906, 1.173835, 1.924768, -0.381719, 4.164766, -0.851477, 0.237218, 2.610012, 2.517609,
        3.479006, -0.849728, 1.269271, -0.566706, -0.171140, 2.769960, 0.173345, -0.750100, -0.248056, 2.785183,
        -1.651569
    };

    static List<int[]> raw() throws IOException {
        List<int[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Sat12Tests.class.getResourceAsStream("SAT12.txt"), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            assertThat(header.split(" ")).hasSize(32).startsWith("Item.1");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(Arrays.stream(line.trim().split(" "))
                        .mapToInt(Integer::parseInt)
                        .toArray());
            }
        }
        return rows;
    }

    static DichotomousResponses scored(List<int[]> rows) {
        DichotomousResponses data = new DichotomousResponses(32);
        for (int[] row : rows) {
            byte[] right = new byte[32];
            for (int i = 0; i < 32; i++) {
                right[i] = (byte) (row[i] == KEY[i] ? 1 : 0);
            }
            data.add(right);
        }
        return data;
    }

    @Test
    void theFixtureIsMirtsTable() throws IOException {
        List<int[]> rows = raw();
        assertThat(rows).hasSize(600).allMatch(r -> r.length == 32);
        // answers 1-5, 8 for missing; the first person answered every item as keyed
        assertThat(rows).allMatch(r -> Arrays.stream(r).allMatch(v -> (v >= 1 && v <= 5) || v == 8));
        assertThat(rows.get(0)).containsExactly(KEY);
        assertThat(rows.stream()
                        .flatMapToInt(Arrays::stream)
                        .filter(v -> v == 8)
                        .count())
                .isEqualTo(69);
    }

    @Test
    void twoPlReachesTheIndependentMaximum() throws IOException {
        CalibrationResult r = MmlCalibration.calibrate(scored(raw()), IrtModel.TWO_PL);

        assertThat(r.fit().converged()).isTrue();
        assertThat(r.fit().logLikelihood()).isCloseTo(LOG_LIKELIHOOD, within(0.0001));
        assertThat(r.items()).hasSize(32);
        for (int i = 0; i < 32; i++) {
            CalibrationResult.Item item = r.items().get(i);
            assertThat(item.a()).as("a%d", i + 1).isCloseTo(A[i], within(0.001));
            assertThat(item.d()).as("d%d", i + 1).isCloseTo(D[i], within(0.001));
        }
        // item 1: 170 of 600 right
        assertThat(r.items().get(0).proportionRight()).isCloseTo(170.0 / 600, within(1e-12));
    }

    /** The maximum is a maximum: moving any slope or intercept by 0.05 lowers the log-likelihood. */
    @Test
    void noNearbyParametersFitBetter() throws IOException {
        List<int[]> rows = raw();
        CalibrationResult r = MmlCalibration.calibrate(scored(rows), IrtModel.TWO_PL);
        double best = logLikelihood(rows, r, -1, 0);
        assertThat(best).isCloseTo(r.fit().logLikelihood(), within(1e-6));
        for (int i = 0; i < 32; i += 5) {
            for (double step : new double[] {-0.05, 0.05}) {
                assertThat(logLikelihood(rows, r, i, step)).isLessThan(best);
                assertThat(logLikelihood(rows, r, 32 + i, step)).isLessThan(best);
            }
        }
    }

    /**
     * The marginal log-likelihood at the estimates with parameter {@code which} (a of item i for i < 32, d of item
     * i − 32 above; none for −1) moved by {@code step}, summed here person by person on the calibration's rule.
     */
    private static double logLikelihood(List<int[]> rows, CalibrationResult r, int which, double step) {
        double[] a = new double[32];
        double[] d = new double[32];
        for (int i = 0; i < 32; i++) {
            a[i] = r.items().get(i).a();
            d[i] = r.items().get(i).d();
        }
        if (which >= 0 && which < 32) {
            a[which] += step;
        } else if (which >= 32) {
            d[which - 32] += step;
        }
        Quadrature q = Quadrature.gaussHermite(Quadrature.DEFAULT_POINTS);
        double total = 0;
        double[] terms = new double[q.size()];
        for (int[] row : rows) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < q.size(); k++) {
                double sum = q.logWeights[k];
                for (int i = 0; i < 32; i++) {
                    double z = a[i] * q.nodes[k] + d[i];
                    // log P = −log(1 + e^−z), log(1 − P) = −log(1 + e^z)
                    sum -= row[i] == KEY[i] ? Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
                }
                terms[k] = sum;
                max = Math.max(max, sum);
            }
            double s = 0;
            for (double t : terms) {
                s += Math.exp(t - max);
            }
            total += max + Math.log(s);
        }
        return total;
    }
}
