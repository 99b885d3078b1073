package org.jianding.bank.statistics;

/**
 * The statistics of the total scores, in the points of the total (the sum of the items' marks).
 *
 * @param count how many persons
 * @param mean null without persons
 * @param median null without persons
 * @param sd sample standard deviation; null below 2 persons
 * @param skewness k3 / k2^1.5 (k-statistics); null below 3 persons or without spread
 * @param kurtosis k4 / k2² (excess); null below 4 persons or without spread
 * @param cic coefficient of internal consistency, 100 × Cronbach's α (KR-20 for right/wrong items); null below 3
 *     persons, without spread or with a single item
 * @param errorRatio 100 × √(1 − cic/100); null with cic
 * @param standardError errorRatio × sd / 100, the standard error of measurement in points; null with cic
 */
public record TestStatistics(
        int count,
        Double mean,
        Double median,
        Double sd,
        Double skewness,
        Double kurtosis,
        Double cic,
        Double errorRatio,
        Double standardError) {}
