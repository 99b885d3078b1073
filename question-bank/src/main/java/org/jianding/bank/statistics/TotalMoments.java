package org.jianding.bank.statistics;

import java.util.Arrays;

/**
 * The test statistics of the totals: Moodle's sample standard deviation, the k-statistics k2, k3, k4 for skewness
 * and (excess) kurtosis, and Cronbach's α from the sum of the items' sample variances.
 */
final class TotalMoments {

    private TotalMoments() {}

    static TestStatistics of(double[] totals, int items, double sumOfItemVariances) {
        int s = totals.length;
        if (s == 0) {
            return new TestStatistics(0, null, null, null, null, null, null, null, null);
        }
        double mean = ItemMoments.mean(totals);
        double median = median(totals);
        if (s < 2) {
            return new TestStatistics(s, mean, median, null, null, null, null, null, null);
        }
        double power2 = 0;
        double power3 = 0;
        double power4 = 0;
        if (ItemMoments.varies(totals)) {
            for (double total : totals) {
                double d = total - mean;
                power2 += d * d;
                power3 += d * d * d;
                power4 += d * d * d * d;
            }
        }
        double sd = Math.sqrt(power2 / (s - 1));
        if (s < 3 || power2 == 0) {
            return new TestStatistics(s, mean, median, sd, null, null, null, null, null);
        }
        double m2 = power2 / s;
        double m3 = power3 / s;
        double m4 = power4 / s;
        double k2 = s * m2 / (s - 1);
        double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
        double skewness = k3 / Math.pow(k2, 1.5);
        Double kurtosis = null;
        if (s > 3) {
            double k4 =
                    (double) s * s * ((s + 1.0) * m4 - 3.0 * (s - 1) * m2 * m2) / ((s - 1.0) * (s - 2.0) * (s - 3.0));
            kurtosis = k4 / (k2 * k2);
        }
        if (items < 2) {
            return new TestStatistics(s, mean, median, sd, skewness, kurtosis, null, null, null);
        }
        double cic = (100.0 * items / (items - 1)) * (1 - sumOfItemVariances / k2);
        Double errorRatio = errorRatio(cic);
        Double standardError = errorRatio == null ? null : errorRatio * sd / 100;
        return new TestStatistics(s, mean, median, sd, skewness, kurtosis, cic, errorRatio, standardError);
    }

    /**
     * 100 × √(1 − cic/100). α cannot exceed 1 (the total's variance is at most p × the items' summed variance), but
     * rounding can push it a hair above when the items agree perfectly: that hair counts as 0, not as undefined.
     */
    private static Double errorRatio(double cic) {
        double rest = 1 - cic / 100;
        if (rest < 0) {
            return rest > -1e-12 ? 0.0 : null;
        }
        return 100 * Math.sqrt(rest);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
