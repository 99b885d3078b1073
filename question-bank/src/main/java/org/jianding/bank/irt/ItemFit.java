package org.jianding.bank.irt;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Orlando and Thissen's S-X² item fit (2000): for each item, persons are grouped by their summed score k = 1 … J − 1
 * (a summed score of 0 or J says nothing about one item), and the share of each group that got the item right is
 * compared with what the calibrated model expects of persons with that summed score:
 * E_ik = ∫ P_i(θ) S_{k−1}^{(−i)}(θ) g(θ) dθ / ∫ S_k(θ) g(θ) dθ, with S the summed-score probabilities of the
 * Lord–Wingersky recursion (over all items, or all but i) and g the calibrated ability distribution, on the
 * calibration's Gauss–Hermite rule. S-X² = Σ_k N_k (O_ik − E_ik)² / (E_ik (1 − E_ik)), approximately χ² with the
 * number of groups less the item's estimated parameters (2 for a 2PL item, 1 for a Rasch item — the common slope is
 * counted once, with the population — 0 when anchored) and less the population's when it is estimated.
 *
 * <p>Only persons who answered every item count (the statistic needs a summed score over the same items; mirt
 * likewise refuses missing data). Groups with nobody are dropped; a group whose expected count right or wrong is
 * below 1 is merged with the next higher one (the last such with the one below) — mirt's {@code itemfit} collapses in
 * its own way, so sparse data can give other values; with no sparse group both agree (LSAT7 in the tests).
 */
public final class ItemFit {

    /** One item's S-X² with its degrees of freedom and p-value; all null when it cannot be computed (df ≤ 0). */
    public record Item(int item, Double sx2, Integer df, Double p) {}

    /** The fit of every item and how many persons (complete responses) it was computed over. */
    public record Result(List<Item> items, int persons) {}

    private ItemFit() {}

    public static Result sx2(DichotomousResponses data, CalibrationResult calibration) {
        int items = data.items();
        if (calibration.items().size() != items) {
            throw new IllegalArgumentException("the calibration is of another number of items");
        }
        Quadrature rule = Quadrature.gaussHermite(calibration.fit().quadraturePoints());
        int q = rule.size();
        double[] weight = new double[q];
        double[][] right = new double[q][items];
        CalibrationResult.Population population = calibration.population();
        for (int k = 0; k < q; k++) {
            weight[k] = Math.exp(rule.logWeights[k]);
            double theta = population.mean() + population.sd() * rule.nodes[k];
            for (int i = 0; i < items; i++) {
                CalibrationResult.Item item = calibration.items().get(i);
                right[k][i] = 1 / (1 + Math.exp(-(item.a() * theta + item.d())));
            }
        }
        // observed: persons with complete responses, by summed score, and how many of them got each item right
        double[] groupSize = new double[items + 1];
        double[][] rightInGroup = new double[items][items + 1];
        int persons = 0;
        for (int p = 0; p < data.patterns(); p++) {
            byte[] pattern = data.pattern(p);
            int score = 0;
            boolean complete = true;
            for (byte r : pattern) {
                complete &= r != DichotomousResponses.MISSING;
                score += r == 1 ? 1 : 0;
            }
            if (!complete) {
                continue;
            }
            double count = data.count(p);
            persons += (int) count;
            groupSize[score] += count;
            for (int i = 0; i < items; i++) {
                if (pattern[i] == 1) {
                    rightInGroup[i][score] += count;
                }
            }
        }
        // expected: the marginal probability of each summed score, over all items and over all but item i
        double[][] all = new double[q][];
        for (int k = 0; k < q; k++) {
            all[k] = summedScores(right[k], -1);
        }
        double[] marginal = new double[items + 1];
        for (int k = 0; k < q; k++) {
            for (int s = 0; s <= items; s++) {
                marginal[s] += weight[k] * all[k][s];
            }
        }
        int population_ = population.estimated() ? 2 : 0;
        List<Item> result = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            double[] expectedRight = new double[items + 1];
            for (int k = 0; k < q; k++) {
                double[] without = summedScores(right[k], i);
                for (int s = 1; s <= items; s++) {
                    expectedRight[s] += weight[k] * right[k][i] * without[s - 1];
                }
            }
            List<double[]> groups = new ArrayList<>(); // N, observed right, expected right
            for (int s = 1; s < items; s++) {
                if (groupSize[s] > 0 && marginal[s] > 0) {
                    double share = expectedRight[s] / marginal[s];
                    groups.add(new double[] {groupSize[s], rightInGroup[i][s], groupSize[s] * share});
                }
            }
            groups = merged(groups);
            CalibrationResult.Item item = calibration.items().get(i);
            int parameters = item.anchored() ? 0 : calibration.model() == IrtModel.TWO_PL ? 2 : 1;
            int df = groups.size() - parameters - population_;
            if (df <= 0) {
                result.add(new Item(i, null, null, null));
                continue;
            }
            double sx2 = 0;
            for (double[] g : groups) {
                double e = g[2] / g[0];
                double o = g[1] / g[0];
                sx2 += g[0] * (o - e) * (o - e) / (e * (1 - e));
            }
            double p = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(sx2);
            result.add(new Item(i, sx2, df, p));
        }
        return new Result(result, persons);
    }

    /** Merges a group whose expected count right or wrong is below 1 into the next (the last into the one before). */
    private static List<double[]> merged(List<double[]> groups) {
        List<double[]> out = new ArrayList<>();
        double[] pending = null;
        for (double[] g : groups) {
            double[] current = pending == null ? g.clone() : add(pending, g);
            if (sparse(current)) {
                pending = current;
            } else {
                out.add(current);
                pending = null;
            }
        }
        if (pending != null) {
            if (out.isEmpty()) {
                out.add(pending);
            } else {
                out.set(out.size() - 1, add(out.get(out.size() - 1), pending));
            }
        }
        return out;
    }

    private static boolean sparse(double[] g) {
        return g[2] < 1 || g[0] - g[2] < 1;
    }

    private static double[] add(double[] x, double[] y) {
        return new double[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]};
    }

    /**
     * The Lord–Wingersky recursion: the probability of each summed score 0 … J at one ability, given each item's
     * probability right; item {@code leave} (≥ 0) left out (its last entry then 0).
     */
    static double[] summedScores(double[] right, int leave) {
        double[] s = new double[right.length + 1];
        s[0] = 1;
        int n = 0;
        for (int i = 0; i < right.length; i++) {
            if (i == leave) {
                continue;
            }
            double p = right[i];
            for (int k = n + 1; k >= 1; k--) {
                s[k] = s[k] * (1 - p) + s[k - 1] * p;
            }
            s[0] *= 1 - p;
            n++;
        }
        return s;
    }
}
