package org.jianding.bank.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ItemAnalysisTests {

    private static final double EPS = 1e-12;

    /**
     * Four persons, two items (max 1 and 2): (1,2) (1,1) (0,1) (0,0); totals 3 2 1 0. Worked by hand:
     * mean 1.5; Σd² = 2.25+.25+.25+2.25 = 5, sd = √(5/3); Σd³ = 0 so skewness 0; Σd⁴ = 10.25, m2 = 1.25,
     * m4 = 2.5625, k2 = 5/3, k4 = 16(5·2.5625 − 9·1.5625)/6 = −10/3, kurtosis = (−10/3)/(25/9) = −1.2.
     * Item 1: marks 1 1 0 0 (var 1/3), rests 2 1 1 0 (var 2/3), cov = (.5·1 + .5·0 − .5·0 − .5·−1)/3 = 1/3,
     * DI = 100(1/3)/√(2/9) = 100/√2; sorted rests 0 1 1 2 pair the same way, so DE = 100. Item 2 mirrors it:
     * var 2/3, rest var 1/3, cov 1/3. Covariance with the total: item 1 (.75+.25+.25+.75)/3 = 2/3, item 2
     * (1.5+1.5)/3 = 1. α: Σ item variances = 1, k2 = 5/3, cic = 200(1 − 3/5) = 80; error ratio 100√.2;
     * standard error √.2 · √(5/3) = √(1/3).
     */
    @Test
    void matchesAHandComputedExample() {
        ScoreStatistics stats = ItemAnalysis.of(
                new Responses(1, 2).add(1.0, 2.0).add(1.0, 1.0).add(0.0, 1.0).add(0.0, 0.0));

        TestStatistics test = stats.test();
        assertThat(test.count()).isEqualTo(4);
        assertThat(test.mean()).isCloseTo(1.5, within(EPS));
        assertThat(test.median()).isCloseTo(1.5, within(EPS));
        assertThat(test.sd()).isCloseTo(Math.sqrt(5.0 / 3), within(EPS));
        assertThat(test.skewness()).isCloseTo(0, within(EPS));
        assertThat(test.kurtosis()).isCloseTo(-1.2, within(EPS));
        assertThat(test.cic()).isCloseTo(80, within(1e-10));
        assertThat(test.errorRatio()).isCloseTo(100 * Math.sqrt(0.2), within(1e-10));
        assertThat(test.standardError()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-10));

        ItemStatistics first = stats.items().get(0);
        assertThat(first.responses()).isEqualTo(4);
        assertThat(first.facility()).isCloseTo(0.5, within(EPS));
        assertThat(first.sd()).isCloseTo(Math.sqrt(1.0 / 3), within(EPS));
        assertThat(first.discriminationIndex()).isCloseTo(100 / Math.sqrt(2), within(1e-10));
        assertThat(first.discriminativeEfficiency()).isCloseTo(100, within(1e-10));
        double roots = Math.sqrt(2.0 / 3) + 1;
        assertThat(first.effectiveWeight()).isCloseTo(100 * Math.sqrt(2.0 / 3) / roots, within(1e-10));

        ItemStatistics second = stats.items().get(1);
        assertThat(second.facility()).isCloseTo(0.5, within(EPS));
        assertThat(second.sd()).isCloseTo(Math.sqrt(2.0 / 3) / 2, within(EPS));
        assertThat(second.discriminationIndex()).isCloseTo(100 / Math.sqrt(2), within(1e-10));
        assertThat(second.effectiveWeight()).isCloseTo(100 / roots, within(1e-10));
        assertThat(stats.totals()).containsExactly(3.0, 2.0, 1.0, 0.0);
    }

    /**
     * Efficiency below 100: marks 1 0 1 0 against rests 3 2 1 0 (item 2 carries the rest). Means .5 and 1.5;
     * cov = (.5·1.5 − .5·.5 + .5·−.5 − .5·−1.5)/3 = 1/3; sorted marks 0 0 1 1 with rests 0 1 2 3 give
     * (.75 + .25 + .25 + .75)/3 = 2/3, so DE = 50.
     */
    @Test
    void efficiencyComparesWithTheSortedPairing() {
        ScoreStatistics stats = ItemAnalysis.of(
                new Responses(1, 3).add(1.0, 3.0).add(0.0, 2.0).add(1.0, 1.0).add(0.0, 0.0));

        assertThat(stats.items().get(0).discriminativeEfficiency()).isCloseTo(50, within(1e-10));
    }

    @Test
    void identicalMarksLeaveSpreadBasedValuesUndefined() {
        ScoreStatistics stats = ItemAnalysis.of(
                new Responses(1, 2).add(1.0, 1.0).add(1.0, 1.0).add(1.0, 1.0).add(1.0, 1.0));

        TestStatistics test = stats.test();
        assertThat(test.mean()).isEqualTo(2.0);
        assertThat(test.sd()).isEqualTo(0.0);
        assertThat(test.skewness()).isNull();
        assertThat(test.kurtosis()).isNull();
        assertThat(test.cic()).isNull();
        assertThat(test.errorRatio()).isNull();
        assertThat(test.standardError()).isNull();
        for (ItemStatistics item : stats.items()) {
            assertThat(item.sd()).isEqualTo(0.0);
            assertThat(item.discriminationIndex()).isNull();
            assertThat(item.discriminativeEfficiency()).isNull();
            assertThat(item.effectiveWeight()).isNull();
        }
        assertThat(stats.items().get(1).facility()).isEqualTo(0.5);
    }

    @Test
    void oneCandidateHasOnlyMeansAndMedian() {
        ScoreStatistics stats = ItemAnalysis.of(new Responses(2, 2).add(1.0, 2.0));

        assertThat(stats.test().count()).isEqualTo(1);
        assertThat(stats.test().mean()).isEqualTo(3.0);
        assertThat(stats.test().median()).isEqualTo(3.0);
        assertThat(stats.test().sd()).isNull();
        assertThat(stats.test().skewness()).isNull();
        ItemStatistics item = stats.items().get(0);
        assertThat(item.facility()).isEqualTo(0.5);
        assertThat(item.sd()).isNull();
        assertThat(item.discriminationIndex()).isNull();
        assertThat(item.discriminativeEfficiency()).isNull();
        assertThat(item.effectiveWeight()).isNull();
    }

    @Test
    void noCandidatesGiveOnlyACountOfZero() {
        ScoreStatistics stats = ItemAnalysis.of(new Responses(1));

        assertThat(stats.test()).isEqualTo(new TestStatistics(0, null, null, null, null, null, null, null, null));
        assertThat(stats.items().get(0).facility()).isNull();
    }

    @Test
    void twoAndThreeCandidatesStopWhereTheKStatisticsNeedMore() {
        ScoreStatistics two = ItemAnalysis.of(new Responses(1, 1).add(1.0, 1.0).add(0.0, 1.0));
        assertThat(two.test().sd()).isCloseTo(Math.sqrt(0.5), within(EPS));
        assertThat(two.test().skewness()).isNull();
        assertThat(two.test().cic()).isNull();

        ScoreStatistics three =
                ItemAnalysis.of(new Responses(1, 1).add(1.0, 1.0).add(0.0, 1.0).add(0.0, 0.0));
        assertThat(three.test().skewness()).isNotNull();
        assertThat(three.test().kurtosis()).isNull();
        assertThat(three.test().cic()).isNotNull();
    }

    @Test
    void aZeroMaximumItemHasNoFacilityOrSd() {
        ScoreStatistics stats =
                ItemAnalysis.of(new Responses(0, 1).add(0.0, 1.0).add(0.0, 0.0).add(0.0, 1.0));

        ItemStatistics zero = stats.items().get(0);
        assertThat(zero.facility()).isNull();
        assertThat(zero.sd()).isNull();
        assertThat(zero.discriminationIndex()).isNull();
        assertThat(stats.items().get(1).facility()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void aSingleItemTestHasNoInternalConsistency() {
        ScoreStatistics stats =
                ItemAnalysis.of(new Responses(1).add(1.0).add(0.0).add(1.0).add(0.0));

        assertThat(stats.test().cic()).isNull();
        assertThat(stats.test().skewness()).isCloseTo(0, within(EPS));
        // the rest score is always 0: no discrimination can be measured
        assertThat(stats.items().get(0).discriminationIndex()).isNull();
    }

    @Test
    void itemsOfAnotherFormCountOnlyTheirOwnResponses() {
        ScoreStatistics stats = ItemAnalysis.of(new Responses(1, 1, 1)
                .add(1.0, 1.0, null)
                .add(0.0, 1.0, null)
                .add(1.0, null, 0.0)
                .add(0.0, null, 1.0));

        assertThat(stats.items().get(1).responses()).isEqualTo(2);
        assertThat(stats.items().get(1).facility()).isEqualTo(1.0);
        assertThat(stats.items().get(2).facility()).isEqualTo(0.5);
        assertThat(stats.items().get(0).responses()).isEqualTo(4);
        assertThat(stats.test().mean()).isEqualTo(1.25);
    }

    /**
     * Options: A chosen by totals 3 and 2 (mean 2.5), B by 1, C by 0 and, in "AC", by 3; the person without a choice
     * counts in the share's denominator only.
     */
    @Test
    void distractorAnalysisCountsEachOptionWithTheMeanTotalOfItsChoosers() {
        ScoreStatistics stats = ItemAnalysis.of(new Responses(1, 2)
                .add(new Double[] {1.0, 2.0}, new String[] {"AC", null})
                .add(new Double[] {1.0, 1.0}, new String[] {"A", null})
                .add(new Double[] {0.0, 1.0}, new String[] {"B", null})
                .add(new Double[] {0.0, 0.0}, new String[] {"C", null})
                .add(new Double[] {0.0, 0.0}, new String[] {null, null}));

        assertThat(stats.items().get(0).options())
                .containsExactly(
                        new OptionStatistics("A", 2, 0.4, 2.5),
                        new OptionStatistics("B", 1, 0.2, 1.0),
                        new OptionStatistics("C", 2, 0.4, 1.5));
        assertThat(stats.items().get(1).options()).isEmpty();
    }
}
