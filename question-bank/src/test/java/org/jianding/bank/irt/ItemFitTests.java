package org.jianding.bank.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * S-X² against mirt's published values and against first principles. mirt's tests/testthat/test-01-mirtOne.R fits
 * the 2PL to {@code expand.table(LSAT7)} and checks {@code itemfit(.., 'S_X2')}: 4.749440, 14.451071, 1.270381,
 * 5.237400, 0.941125, each with 2 degrees of freedom (tolerance 0.01 absolute). Our estimates differ from mirt's in the
 * third decimal (41 Gauss–Hermite points against mirt's 61 rectangular ones), yet S-X² agrees within 0.01, mirt's own
 * tolerance (within 0.005 when this was written).
 */
class ItemFitTests {

    @Test
    void lsat7MatchesMirt() {
        DichotomousResponses data = PublishedDataTests.table(PublishedDataTests.LSAT7);
        ItemFit.Result fit = ItemFit.sx2(data, MmlCalibration.calibrate(data, IrtModel.TWO_PL));

        assertThat(fit.persons()).isEqualTo(1000);
        double[] mirt = {4.749440, 14.451071, 1.270381, 5.237400, 0.941125};
        for (int i = 0; i < 5; i++) {
            ItemFit.Item item = fit.items().get(i);
            assertThat(item.df()).as("df %d", i + 1).isEqualTo(2);
            assertThat(item.sx2()).as("S-X2 %d", i + 1).isCloseTo(mirt[i], within(0.01));
        }
        // item 2 misfits at the 0.1 % level (χ²₂ survival e^(−x/2)), the others do not at 5 %
        assertThat(fit.items().get(1).p())
                .isCloseTo(Math.exp(-fit.items().get(1).sx2() / 2), within(1e-9));
        assertThat(fit.items().get(1).p()).isLessThan(0.001);
        assertThat(fit.items().stream().filter(i -> i.p() < 0.05)).hasSize(1);
    }

    /** The recursion gives the exact summed-score distribution of independent items (checked by enumeration). */
    @Test
    void summedScoresAreExact() {
        double[] p = {0.2, 0.7, 0.5, 0.9};
        double[] byEnumeration = new double[5];
        for (int pattern = 0; pattern < 16; pattern++) {
            double prob = 1;
            int score = 0;
            for (int i = 0; i < 4; i++) {
                boolean r = ((pattern >> i) & 1) == 1;
                prob *= r ? p[i] : 1 - p[i];
                score += r ? 1 : 0;
            }
            byEnumeration[score] += prob;
        }
        assertThat(ItemFit.summedScores(p, -1)).containsExactly(byEnumeration, within(1e-15));
        double[] without = ItemFit.summedScores(p, 1);
        assertThat(without[4]).isZero();
        assertThat(without[3]).isCloseTo(0.2 * 0.5 * 0.9, within(1e-15));
    }

    /** Data drawn from the 2PL itself fit: over 30 items and 2,000 persons few p-values fall below 1 %. */
    @Test
    void dataFromTheModelFit() {
        SplittableRandom random = new SplittableRandom(18);
        int items = 30;
        DichotomousResponses data = new DichotomousResponses(items);
        for (int n = 0; n < 2000; n++) {
            double theta = random.nextGaussian();
            byte[] row = new byte[items];
            for (int i = 0; i < items; i++) {
                double a = 0.6 + 1.4 * i / items;
                double d = -1.5 + 3.0 * ((i * 7) % items) / items;
                row[i] = (byte) (random.nextDouble() < 1 / (1 + Math.exp(-(a * theta + d))) ? 1 : 0);
            }
            data.add(row);
        }
        ItemFit.Result fit = ItemFit.sx2(data, MmlCalibration.calibrate(data, IrtModel.TWO_PL));
        assertThat(fit.items()).allMatch(i -> i.df() != null && i.df() > 0);
        assertThat(fit.items().stream().filter(i -> i.p() < 0.01)).hasSizeLessThanOrEqualTo(2);
        // and a misfitting item is caught: item 0 answered by a coin toss, whatever the ability
        DichotomousResponses bad = new DichotomousResponses(items);
        SplittableRandom again = new SplittableRandom(18);
        for (int n = 0; n < 2000; n++) {
            double theta = again.nextGaussian();
            byte[] row = new byte[items];
            for (int i = 0; i < items; i++) {
                double a = 0.6 + 1.4 * i / items;
                double d = -1.5 + 3.0 * ((i * 7) % items) / items;
                // item 0 right only for the middle of the ability range: not monotone, so no 2PL fits it
                double p = i == 0 ? (Math.abs(theta) < 0.7 ? 0.9 : 0.1) : 1 / (1 + Math.exp(-(a * theta + d)));
                row[i] = (byte) (again.nextDouble() < p ? 1 : 0);
            }
            bad.add(row);
        }
        ItemFit.Result misfit = ItemFit.sx2(bad, MmlCalibration.calibrate(bad, IrtModel.TWO_PL));
        assertThat(misfit.items().get(0).p()).isLessThan(1e-6);
    }
}
