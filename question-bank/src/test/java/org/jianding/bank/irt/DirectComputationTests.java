package org.jianding.bank.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log-likelihood and an EAP checked against a direct computation that shares nothing with the calibration: the
 * marginal likelihood of each pattern ∫ Π P(θ)^u (1 − P(θ))^(1−u) φ(θ) dθ by the trapezoidal rule on 20,001 points of
 * [−10, 10]; the quadrature against the normal moments; the refusals; the full-marks rule.
 */
class DirectComputationTests {

    private static double[] direct(byte[] pattern, List<CalibrationResult.Item> items) {
        double step = 20.0 / 20000;
        double integral = 0;
        double first = 0;
        double second = 0;
        for (int s = 0; s <= 20000; s++) {
            double theta = -10 + s * step;
            double f = Math.exp(-theta * theta / 2) / Math.sqrt(2 * Math.PI);
            for (int i = 0; i < pattern.length; i++) {
                double p = items.get(i).parameters().probability(theta);
                f *= pattern[i] == 1 ? p : 1 - p;
            }
            double w = (s == 0 || s == 20000) ? step / 2 : step;
            integral += w * f;
            first += w * f * theta;
            second += w * f * theta * theta;
        }
        double mean = first / integral;
        return new double[] {integral, mean, Math.sqrt(second / integral - mean * mean)};
    }

    @Test
    void logLikelihoodAndEapEqualADirectIntegration() {
        CalibrationResult r =
                MmlCalibration.calibrate(PublishedDataTests.table(PublishedDataTests.LSAT7), IrtModel.TWO_PL);

        double ll = 0;
        for (int pattern = 0; pattern < 32; pattern++) {
            byte[] row = new byte[5];
            for (int i = 0; i < 5; i++) {
                row[i] = (byte) ((pattern >> (4 - i)) & 1);
            }
            ll += PublishedDataTests.LSAT7[pattern] * Math.log(direct(row, r.items())[0]);
        }
        assertThat(r.fit().logLikelihood()).isCloseTo(ll, within(1e-6));

        // the first 12 persons answered 00000, the last 308 answered 11111
        double[] none = direct(new byte[5], r.items());
        assertThat(r.abilities().get(0).eap()).isCloseTo(none[1], within(1e-6));
        assertThat(r.abilities().get(0).psd()).isCloseTo(none[2], within(1e-6));
        double[] all = direct(new byte[] {1, 1, 1, 1, 1}, r.items());
        assertThat(r.abilities().get(999).eap()).isCloseTo(all[1], within(1e-6));
        assertThat(r.abilities().get(999).psd()).isCloseTo(all[2], within(1e-6));
        assertThat(r.fit().aic()).isCloseTo(-2 * ll + 20, within(1e-5));
        assertThat(r.fit().bic()).isCloseTo(-2 * ll + 10 * Math.log(1000), within(1e-5));
    }

    @Test
    void gaussHermiteIntegratesNormalMoments() {
        Quadrature q = Quadrature.gaussHermite(Quadrature.DEFAULT_POINTS);
        double[] moments = new double[9];
        for (int k = 0; k < q.size(); k++) {
            for (int m = 0; m < 9; m++) {
                moments[m] += Math.exp(q.logWeights[k]) * Math.pow(q.nodes[k], m);
            }
        }
        assertThat(moments[0]).isCloseTo(1, within(1e-12));
        assertThat(moments[1]).isCloseTo(0, within(1e-12));
        assertThat(moments[2]).isCloseTo(1, within(1e-12));
        assertThat(moments[4]).isCloseTo(3, within(1e-11));
        assertThat(moments[8]).isCloseTo(105, within(1e-9));
    }

    @Test
    void itemsEveryoneGotRightOrWrongOrNoOneAnsweredAreRefusedWithTheReason() {
        DichotomousResponses data = new DichotomousResponses(5);
        byte m = DichotomousResponses.MISSING;
        data.add(1, (byte) 1, (byte) 0, (byte) 1, (byte) 0, m);
        data.add(1, (byte) 1, (byte) 0, (byte) 0, (byte) 1, m);
        data.add(1, (byte) 1, (byte) 0, (byte) 1, (byte) 1, m);

        assertThatThrownBy(() -> MmlCalibration.calibrate(data, IrtModel.TWO_PL))
                .isInstanceOfSatisfying(
                        CalibrationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new CalibrationException.Problem(0, CalibrationException.Reason.ALL_RIGHT),
                                        new CalibrationException.Problem(1, CalibrationException.Reason.ALL_WRONG),
                                        new CalibrationException.Problem(4, CalibrationException.Reason.NO_RESPONSES)));
        // held fixed, the same items are no obstacle
        Map<Integer, ItemParameters> anchors =
                Map.of(0, new ItemParameters(1, 2), 1, new ItemParameters(1, -2), 4, new ItemParameters(1, 0));
        assertThat(MmlCalibration.problems(data, IrtModel.TWO_PL, anchors)).isEmpty();
        assertThat(MmlCalibration.problems(
                        data, IrtModel.RASCH, Map.of(0, new ItemParameters(1, 2), 1, new ItemParameters(1.5, 0))))
                .contains(new CalibrationException.Problem(-1, CalibrationException.Reason.ANCHORS_NOT_RASCH));
        assertThat(MmlCalibration.problems(
                        new DichotomousResponses(2).add((byte) 1, (byte) 0), IrtModel.TWO_PL, Map.of()))
                .contains(
                        new CalibrationException.Problem(-1, CalibrationException.Reason.TOO_FEW_ITEMS),
                        new CalibrationException.Problem(-1, CalibrationException.Reason.TOO_FEW_PERSONS));
    }

    @Test
    void fullMarksCountAsRightAndAnythingLessAsWrong() {
        assertThat(DichotomousResponses.fullMarks(2.0, 2.0)).isEqualTo((byte) 1);
        assertThat(DichotomousResponses.fullMarks(1.5, 2.0)).isEqualTo((byte) 0);
        assertThat(DichotomousResponses.fullMarks(0.0, 2.0)).isEqualTo((byte) 0);
        assertThat(DichotomousResponses.fullMarks(null, 2.0)).isEqualTo(DichotomousResponses.MISSING);
        assertThat(DichotomousResponses.fullMarks(0.0, 0.0)).isEqualTo(DichotomousResponses.MISSING);
    }
}
