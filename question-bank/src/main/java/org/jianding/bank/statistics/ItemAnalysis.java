package org.jianding.bank.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link ScoreStatistics} from {@link Responses} with Moodle 4.5's definitions (docs/statistics.md gives
 * them in full). Variances and covariances are sample ones (divided by n − 1); an item is compared with the rest of
 * the total, without its own mark; a spread that is exactly zero (all marks equal) is recognised as such rather than
 * left to rounding, so undefined values come back as null instead of as huge numbers.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {}

    public static ScoreStatistics of(Responses responses) {
        double[] totals = totals(responses);
        List<ItemMoments> moments = new ArrayList<>();
        for (int item = 0; item < responses.items(); item++) {
            moments.add(ItemMoments.of(responses, item, totals));
        }
        double sumOfRoots = 0;
        double sumOfMarkVariance = 0;
        for (ItemMoments m : moments) {
            if (m.markVariance() != null) {
                sumOfMarkVariance += m.markVariance();
            }
            if (m.covarianceWithTotal() != null && m.covarianceWithTotal() >= 0) {
                sumOfRoots += Math.sqrt(m.covarianceWithTotal());
            }
        }
        List<ItemStatistics> items = new ArrayList<>();
        for (ItemMoments m : moments) {
            items.add(m.statistics(effectiveWeight(m, sumOfRoots), Distractors.of(responses, m.item(), totals)));
        }
        return new ScoreStatistics(
                TotalMoments.of(totals, responses.items(), sumOfMarkVariance),
                items,
                Arrays.stream(totals).boxed().toList());
    }

    /**
     * Only the test statistics, equal to {@code of(responses).test()} without the per-item work that only items need
     * (sorting for the efficiency, the distractors): for a second view of the same sitting, such as the standard
     * score or one knowledge area.
     */
    public static TestStatistics test(Responses responses) {
        double[] totals = totals(responses);
        double sumOfMarkVariance = 0;
        double[] marks = new double[totals.length];
        for (int item = 0; item < responses.items(); item++) {
            int n = 0;
            for (int person = 0; person < totals.length; person++) {
                double mark = responses.mark(person, item);
                if (!Double.isNaN(mark)) {
                    marks[n++] = mark;
                }
            }
            if (n < 2) {
                continue;
            }
            double[] given = Arrays.copyOf(marks, n);
            if (ItemMoments.varies(given)) {
                double mean = ItemMoments.mean(given);
                double squares = 0;
                for (double m : given) {
                    squares += (m - mean) * (m - mean);
                }
                sumOfMarkVariance += squares / (n - 1);
            }
        }
        return TotalMoments.of(totals, responses.items(), sumOfMarkVariance);
    }

    private static Double effectiveWeight(ItemMoments m, double sumOfRoots) {
        Double covariance = m.covarianceWithTotal();
        if (sumOfRoots == 0 || covariance == null || covariance < 0) {
            return null;
        }
        return 100 * Math.sqrt(covariance) / sumOfRoots;
    }

    /** Each person's total: the sum of the marks of the items they were given. */
    static double[] totals(Responses responses) {
        double[] totals = new double[responses.persons()];
        for (int person = 0; person < totals.length; person++) {
            double sum = 0;
            for (int item = 0; item < responses.items(); item++) {
                double mark = responses.mark(person, item);
                if (!Double.isNaN(mark)) {
                    sum += mark;
                }
            }
            totals[person] = sum;
        }
        return totals;
    }
}
