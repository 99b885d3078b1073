package org.jianding.bank.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calibration of the classic LSAT data sets (Bock & Lieberman 1970; 1000 persons, 5 right/wrong items) against
 * published estimates. Our 41 Gauss–Hermite points differ from ltm's 21 and mirt's 61 rectangular points, so the
 * parameters are compared within 0.01 and the log-likelihood within 0.01.
 */
class PublishedDataTests {

    /**
     * LSAT section 6 (ltm's {@code LSAT}, mirt's {@code LSAT6}): the count of each of the 32 patterns 00000, 00001, …,
     * 11111 (item 1 the leftmost), from the cumulative counts of the OpenBUGS example "LSAT: item response" (Examples
     * Vol. I), the same table as the observed counts ltm prints with {@code factor.scores}.
     */
    static final int[] LSAT6 = {
        3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15, 10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173, 11, 61, 28,
        298
    };

    /**
     * LSAT section 7 (mirt's {@code LSAT7}), the same order: the table of Bock & Lieberman (1970) as mirt ships it. The
     * counts sum to 1000, give mirt's proportions right (.828, .658, .772, .606, .843), and reproduce mirt's published
     * estimates below, which no other table would.
     */
    static final int[] LSAT7 = {
        12, 19, 1, 7, 3, 19, 3, 17, 10, 5, 3, 7, 7, 23, 8, 28, 7, 39, 11, 34, 14, 51, 15, 90, 6, 25, 7, 35, 18, 136, 32,
        308
    };

    static DichotomousResponses table(int[] counts) {
        DichotomousResponses data = new DichotomousResponses(5);
        for (int pattern = 0; pattern < 32; pattern++) {
            byte[] row = new byte[5];
            for (int i = 0; i < 5; i++) {
                row[i] = (byte) ((pattern >> (4 - i)) & 1);
            }
            data.add(counts[pattern], row);
        }
        return data;
    }

    /**
     * Rizopoulos (2006), "ltm: An R package for latent variable modelling and item response theory analyses", J. Stat.
     * Softw. 17(5), {@code rasch(LSAT)}: log-likelihood −2466.938, common discrimination 0.7551 (SE 0.0694),
     * difficulties −3.6153, −1.3224, −0.3176, −1.7301, −2.7802 (SEs 0.3266, 0.1422, 0.0977, 0.1691, 0.2510). mirt's
     * {@code LSAT6} example with equal slopes prints the same log-likelihood and a1 = 0.755.
     */
    @Test
    void raschOfLsat6MatchesLtm() {
        CalibrationResult r = MmlCalibration.calibrate(table(LSAT6), IrtModel.RASCH);

        assertThat(r.fit().converged()).isTrue();
        assertThat(r.fit().logLikelihood()).isCloseTo(-2466.938, within(0.01));
        assertThat(r.fit().parameters()).isEqualTo(6);
        double[] b = {-3.6153, -1.3224, -0.3176, -1.7301, -2.7802};
        double[] seB = {0.3266, 0.1422, 0.0977, 0.1691, 0.2510};
        for (int i = 0; i < 5; i++) {
            CalibrationResult.Item item = r.items().get(i);
            assertThat(item.a()).isCloseTo(0.7551, within(0.01));
            assertThat(item.b()).isCloseTo(b[i], within(0.01));
            assertThat(item.seB()).isCloseTo(seB[i], within(0.01));
            assertThat(item.seA()).isCloseTo(0.0694, within(0.005));
        }
    }

    /**
     * ltm's {@code ltm(LSAT ~ z1)} (2PL, 21 Gauss–Hermite points) as printed by its summary: log-likelihood −2466.653;
     * difficulties −3.3597, −1.3696, −0.2799, −1.8659, −3.1236 (SEs 0.8669, 0.3073, 0.0997, 0.4341, 0.8700);
     * discriminations 0.8254, 0.7229, 0.8905, 0.6886, 0.6575 (SEs 0.2581, 0.1867, 0.2326, 0.1852, 0.2100).
     */
    @Test
    void twoPlOfLsat6MatchesLtm() {
        CalibrationResult r = MmlCalibration.calibrate(table(LSAT6), IrtModel.TWO_PL);

        assertThat(r.fit().logLikelihood()).isCloseTo(-2466.653, within(0.01));
        double[] b = {-3.3597, -1.3696, -0.2799, -1.8659, -3.1236};
        double[] seB = {0.8669, 0.3073, 0.0997, 0.4341, 0.8700};
        double[] a = {0.8254, 0.7229, 0.8905, 0.6886, 0.6575};
        double[] seA = {0.2581, 0.1867, 0.2326, 0.1852, 0.2100};
        for (int i = 0; i < 5; i++) {
            CalibrationResult.Item item = r.items().get(i);
            assertThat(item.a()).as("a%d", i + 1).isCloseTo(a[i], within(0.01));
            assertThat(item.b()).as("b%d", i + 1).isCloseTo(b[i], within(0.02));
            assertThat(item.seA()).as("se a%d", i + 1).isCloseTo(seA[i], within(0.01));
            assertThat(item.seB()).as("se b%d", i + 1).isCloseTo(seB[i], within(0.03));
        }
    }

    /**
     * mirt's own test of the 2PL on {@code expand.table(LSAT7)} (tests/testthat/test-01-mirtOne.R, tolerance 1e-2):
     * (a1, d) = (0.988, 1.8561), (1.081, 0.808), (1.706, 1.8043), (0.7651, 0.486), (0.7358, 1.8545).
     */
    @Test
    void twoPlOfLsat7MatchesMirt() {
        CalibrationResult r = MmlCalibration.calibrate(table(LSAT7), IrtModel.TWO_PL);

        double[][] expected = {{0.988, 1.8561}, {1.081, 0.808}, {1.706, 1.8043}, {0.7651, 0.486}, {0.7358, 1.8545}};
        for (int i = 0; i < 5; i++) {
            assertThat(r.items().get(i).a()).as("a%d", i + 1).isCloseTo(expected[i][0], within(0.01));
            assertThat(r.items().get(i).d()).as("d%d", i + 1).isCloseTo(expected[i][1], within(0.01));
        }
        assertThat(r.items().get(0).proportionRight()).isEqualTo(0.828);
    }

    /** The calibration of 1000 persons in 32 patterns takes milliseconds (a loose bound: the machine is shared). */
    @Test
    void lsat6IsFast() {
        MmlCalibration.calibrate(table(LSAT6), IrtModel.TWO_PL); // warm-up
        long start = System.nanoTime();
        MmlCalibration.calibrate(table(LSAT6), IrtModel.TWO_PL);
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(500);
    }

    /** Anchoring every item at its own estimate changes nothing: the population stays N(0, 1), ℓ the same. */
    @Test
    void anchoringAllItemsAtTheirEstimatesKeepsTheScale() {
        CalibrationResult free = MmlCalibration.calibrate(table(LSAT7), IrtModel.TWO_PL);
        Map<Integer, ItemParameters> anchors = new java.util.HashMap<>();
        free.items().forEach(i -> anchors.put(i.item(), i.parameters()));

        CalibrationResult fixed =
                MmlCalibration.calibrate(table(LSAT7), IrtModel.TWO_PL, anchors, MmlCalibration.Options.DEFAULT);

        assertThat(fixed.population().estimated()).isTrue();
        assertThat(fixed.population().mean()).isCloseTo(0, within(1e-3));
        assertThat(fixed.population().sd()).isCloseTo(1, within(1e-3));
        assertThat(fixed.fit().logLikelihood()).isCloseTo(free.fit().logLikelihood(), within(1e-4));
        assertThat(fixed.items()).allMatch(CalibrationResult.Item::anchored);
    }
}
