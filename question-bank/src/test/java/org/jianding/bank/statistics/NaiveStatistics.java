package org.jianding.bank.statistics;

import java.util.Arrays;

/**
 * A deliberately plain second implementation from textbook definitions, for comparison only: one-pass sums of
 * products (Σxy − ΣxΣy/n), Pearson's r for the discrimination index, the adjusted Fisher–Pearson skewness G1 and
 * the adjusted excess kurtosis G2 (which equal k3/k2^1.5 and k4/k2²), Cronbach's α as k/(k−1)·(1 − Σσᵢ²/σ²).
 */
final class NaiveStatistics {

    private NaiveStatistics() {}

    static double covariance(double[] x, double[] y) {
        int n = x.length;
        double sx = 0, sy = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += y[i];
            sxy += x[i] * y[i];
        }
        return (sxy - sx * sy / n) / (n - 1);
    }

    static double variance(double[] x) {
        return covariance(x, x);
    }

    static double pearson(double[] x, double[] y) {
        return covariance(x, y) / Math.sqrt(variance(x) * variance(y));
    }

    static double sortedCovariance(double[] x, double[] y) {
        double[] a = x.clone();
        double[] b = y.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return covariance(a, b);
    }

    static double skewnessG1(double[] x) {
        int n = x.length;
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = Arrays.stream(x).map(v -> Math.pow(v - mean, 2)).sum() / n;
        double m3 = Arrays.stream(x).map(v -> Math.pow(v - mean, 3)).sum() / n;
        double g1 = m3 / Math.pow(m2, 1.5);
        return Math.sqrt((double) n * (n - 1)) / (n - 2) * g1;
    }

    static double kurtosisG2(double[] x) {
        int n = x.length;
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = Arrays.stream(x).map(v -> Math.pow(v - mean, 2)).sum() / n;
        double m4 = Arrays.stream(x).map(v -> Math.pow(v - mean, 4)).sum() / n;
        double g2 = m4 / (m2 * m2) - 3;
        return (n - 1.0) / ((n - 2.0) * (n - 3.0)) * ((n + 1) * g2 + 6);
    }

    static double alpha(double[][] marksByItem, double[] totals) {
        int k = marksByItem.length;
        double sum = 0;
        for (double[] item : marksByItem) {
            sum += variance(item);
        }
        return (double) k / (k - 1) * (1 - sum / variance(totals));
    }
}
