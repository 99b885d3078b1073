package org.jianding.bank.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random rules (weights of four decimals summing to 1), papers missing some areas (renormalisation) and points
 * that put the standard score near the pass mark, against a separate exact computation in whole numbers: with
 * points in cents e and m and weights in ten-thousandths w, the standard score is Σ (100·e/m)·(w/W), rounded half-up
 * to one decimal as ⌊(20·N + D) / (2·D)⌋ / 10 for N/D over a common denominator.
 */
class StandardScorePropertyTests {

    private static final String[] AREAS = {"G", "P", "J", "S", "T"};

    @Test
    void theStandardScoreAndDecisionAreThoseOfTheExactSumRoundedOnce() {
        Random random = new Random(1207);
        int nearPassMark = 0;
        for (int run = 0; run < 5000; run++) {
            int n = 1 + random.nextInt(AREAS.length);
            long[] weights = weights(n, random);
            BigDecimal passMark = new BigDecimal(BigInteger.valueOf(500 + random.nextInt(200)), 1);
            long[] earned = new long[n];
            long[] max = new long[n];
            boolean anyScored = false;
            for (int i = 0; i < n; i++) {
                boolean missing = n > 1 && random.nextInt(4) == 0;
                max[i] = missing ? 0 : 100 + random.nextInt(5000);
                // near the pass mark: earned ≈ pass mark % of max, a few cents either side
                long target = passMark.movePointLeft(2)
                        .multiply(BigDecimal.valueOf(max[i]))
                        .longValue();
                earned[i] = missing
                        ? 0
                        : random.nextBoolean()
                                ? Math.max(0, Math.min(max[i], target + random.nextInt(7) - 3))
                                : random.nextLong(max[i] + 1);
                anyScored |= !missing;
            }
            if (!anyScored) {
                continue;
            }
            Map<String, BigDecimal> ruleWeights = new LinkedHashMap<>();
            List<StandardScore.AreaPoints> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ruleWeights.put(AREAS[i], BigDecimal.valueOf(weights[i], 4));
                points.add(new StandardScore.AreaPoints(
                        AREAS[i], BigDecimal.valueOf(earned[i], 2), BigDecimal.valueOf(max[i], 2)));
            }
            StandardScore s = StandardScore.compute(points, new ScoringRule(ruleWeights, passMark));

            long tenths = expectedTenths(earned, max, weights);
            BigDecimal expected = BigDecimal.valueOf(tenths, 1);
            assertThat(s.standardScore())
                    .as("earned %s, max %s, weights %s", List.of(earned), List.of(max), List.of(weights))
                    .isEqualByComparingTo(expected);
            assertThat(s.passed()).isEqualTo(expected.compareTo(passMark) >= 0);
            if (expected.subtract(passMark).abs().compareTo(new BigDecimal("0.1")) <= 0) {
                nearPassMark++;
            }
        }
        assertThat(nearPassMark).as("cases within 0.1 of the pass mark").isGreaterThan(500);
    }

    /** Weights in ten-thousandths, each at least 1, summing to 10000. */
    private static long[] weights(int n, Random random) {
        long[] w = new long[n];
        long left = 10_000;
        for (int i = 0; i < n - 1; i++) {
            w[i] = 1 + random.nextLong(left - (n - 1 - i));
            left -= w[i];
        }
        w[n - 1] = left;
        return w;
    }

    /** The standard score in tenths, from whole numbers only. */
    private static long expectedTenths(long[] earned, long[] max, long[] weights) {
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        long scoredWeight = 0;
        for (int i = 0; i < max.length; i++) {
            if (max[i] > 0) {
                scoredWeight += weights[i];
            }
        }
        for (int i = 0; i < max.length; i++) {
            if (max[i] == 0) {
                continue;
            }
            // 100·e/m · w/W as a / b
            BigInteger a = BigInteger.valueOf(100 * earned[i]).multiply(BigInteger.valueOf(weights[i]));
            BigInteger b = BigInteger.valueOf(max[i]).multiply(BigInteger.valueOf(scoredWeight));
            numerator = numerator.multiply(b).add(a.multiply(denominator));
            denominator = denominator.multiply(b);
        }
        return numerator
                .multiply(BigInteger.valueOf(20))
                .add(denominator)
                .divide(denominator.multiply(BigInteger.TWO))
                .longValueExact();
    }
}
