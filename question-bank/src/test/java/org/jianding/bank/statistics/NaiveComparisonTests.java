package org.jianding.bank.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random complete matrices (2–15 items with maxima 1–10, 4–200 persons, marks in halves correlated with a latent
 * ability) computed twice: by {@link ItemAnalysis} and by the textbook formulas of {@link NaiveStatistics}; every
 * value must agree within 1e-9 relative to its size.
 */
class NaiveComparisonTests {

    @RepeatedTest(200)
    void agreesWithTheTextbookFormulas(RepetitionInfo repetition) {
        Random random = new Random(7919L * repetition.getCurrentRepetition());
        int items = 2 + random.nextInt(14);
        int persons = 4 + random.nextInt(197);
        double[] max = new double[items];
        for (int i = 0; i < items; i++) {
            max[i] = 1 + random.nextInt(10);
        }
        double[][] byItem = new double[items][persons];
        double[] totals = new double[persons];
        Responses responses = new Responses(max);
        for (int p = 0; p < persons; p++) {
            double ability = random.nextDouble();
            double[] row = new double[items];
            for (int i = 0; i < items; i++) {
                int halves = 0;
                for (int k = 0; k < 2 * max[i]; k++) {
                    halves += random.nextDouble() < 0.2 + 0.6 * ability ? 1 : 0;
                }
                row[i] = halves / 2.0;
                byItem[i][p] = row[i];
                totals[p] += row[i];
            }
            responses.addComplete(row);
        }

        ScoreStatistics stats = ItemAnalysis.of(responses);

        double sumOfRoots = 0;
        double[] withTotal = new double[items];
        for (int i = 0; i < items; i++) {
            withTotal[i] = NaiveStatistics.covariance(byItem[i], totals);
            sumOfRoots += withTotal[i] >= 0 ? Math.sqrt(withTotal[i]) : 0;
        }
        for (int i = 0; i < items; i++) {
            double[] rest = new double[persons];
            for (int p = 0; p < persons; p++) {
                rest[p] = totals[p] - byItem[i][p];
            }
            ItemStatistics item = stats.items().get(i);
            double mean = java.util.Arrays.stream(byItem[i]).average().orElseThrow();
            close(item.facility(), mean / max[i]);
            close(item.sd(), Math.sqrt(NaiveStatistics.variance(byItem[i])) / max[i]);
            if (NaiveStatistics.variance(byItem[i]) > 1e-9 && NaiveStatistics.variance(rest) > 1e-9) {
                close(item.discriminationIndex(), 100 * NaiveStatistics.pearson(byItem[i], rest));
                close(
                        item.discriminativeEfficiency(),
                        100
                                * NaiveStatistics.covariance(byItem[i], rest)
                                / NaiveStatistics.sortedCovariance(byItem[i], rest));
            }
            if (withTotal[i] >= 0) {
                close(item.effectiveWeight(), 100 * Math.sqrt(withTotal[i]) / sumOfRoots);
            }
        }
        TestStatistics test = stats.test();
        close(test.mean(), java.util.Arrays.stream(totals).average().orElseThrow());
        close(test.sd(), Math.sqrt(NaiveStatistics.variance(totals)));
        close(test.skewness(), NaiveStatistics.skewnessG1(totals));
        close(test.kurtosis(), NaiveStatistics.kurtosisG2(totals));
        double alpha = NaiveStatistics.alpha(byItem, totals);
        close(test.cic(), 100 * alpha);
        close(test.errorRatio(), 100 * Math.sqrt(1 - alpha));
        close(test.standardError(), Math.sqrt(1 - alpha) * Math.sqrt(NaiveStatistics.variance(totals)));
    }

    private static void close(Double actual, double expected) {
        assertThat(actual).isNotNull();
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(expected)));
    }
}
