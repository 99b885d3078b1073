package org.jianding.bank.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * The sums one item's statistics are made of, over the persons who were given it: the mean mark, the sample
 * variances of the mark and of the rest score (total minus this mark), their covariance, the covariance of the same
 * marks sorted (the largest the pairing could give), and the covariance of the mark with the whole total.
 */
record ItemMoments(
        int item,
        double maxMark,
        int responses,
        double meanMark,
        Double markVariance,
        Double restVariance,
        Double covariance,
        Double sortedCovariance,
        Double covarianceWithTotal) {

    static ItemMoments of(Responses responses, int item, double[] totals) {
        int n = 0;
        double[] marks = new double[totals.length];
        double[] rests = new double[totals.length];
        double[] wholes = new double[totals.length];
        for (int person = 0; person < totals.length; person++) {
            double mark = responses.mark(person, item);
            if (!Double.isNaN(mark)) {
                marks[n] = mark;
                rests[n] = totals[person] - mark;
                wholes[n] = totals[person];
                n++;
            }
        }
        marks = Arrays.copyOf(marks, n);
        rests = Arrays.copyOf(rests, n);
        wholes = Arrays.copyOf(wholes, n);
        double meanMark = mean(marks);
        if (n < 2) {
            return new ItemMoments(item, responses.maxMark(item), n, meanMark, null, null, null, null, null);
        }
        double meanRest = mean(rests);
        double meanWhole = mean(wholes);
        boolean marksVary = varies(marks);
        boolean restsVary = varies(rests);
        double markSquares = 0;
        double restSquares = 0;
        double products = 0;
        double productsWithTotal = 0;
        for (int k = 0; k < n; k++) {
            double dm = marks[k] - meanMark;
            double dr = rests[k] - meanRest;
            markSquares += dm * dm;
            restSquares += dr * dr;
            products += dm * dr;
            productsWithTotal += dm * (wholes[k] - meanWhole);
        }
        double sortedProducts = marksVary && restsVary ? sortedProducts(marks, meanMark, rests, meanRest) : 0;
        return new ItemMoments(
                item,
                responses.maxMark(item),
                n,
                meanMark,
                marksVary ? markSquares / (n - 1) : 0.0,
                restsVary ? restSquares / (n - 1) : 0.0,
                marksVary && restsVary ? products / (n - 1) : 0.0,
                sortedProducts / (n - 1),
                marksVary ? productsWithTotal / (n - 1) : 0.0);
    }

    ItemStatistics statistics(Double effectiveWeight, List<OptionStatistics> options) {
        Double facility = responses == 0 || maxMark == 0 ? null : meanMark / maxMark;
        Double sd = markVariance == null || maxMark == 0 ? null : Math.sqrt(markVariance) / maxMark;
        Double discrimination = markVariance == null || markVariance * restVariance == 0
                ? null
                : 100 * covariance / Math.sqrt(markVariance * restVariance);
        Double efficiency =
                sortedCovariance == null || sortedCovariance == 0 ? null : 100 * covariance / sortedCovariance;
        return new ItemStatistics(
                item, maxMark, responses, facility, sd, discrimination, efficiency, effectiveWeight, options);
    }

    private static double sortedProducts(double[] marks, double meanMark, double[] rests, double meanRest) {
        double[] sortedMarks = marks.clone();
        double[] sortedRests = rests.clone();
        Arrays.sort(sortedMarks);
        Arrays.sort(sortedRests);
        double sum = 0;
        for (int k = 0; k < sortedMarks.length; k++) {
            sum += (sortedMarks[k] - meanMark) * (sortedRests[k] - meanRest);
        }
        return sum;
    }

    static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static boolean varies(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return true;
            }
        }
        return false;
    }
}
