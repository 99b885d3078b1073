package org.jianding.bank.irt;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Gauss–Hermite quadrature for a standard normal ability: nodes x and weights w with Σ w·f(x) ≈ E f(Z), Z ~ N(0, 1)
 * (the physicists' rule for exp(−t²) from Commons Math, rescaled by x = √2·t and w / √π). A rule of n points is exact
 * for polynomials up to degree 2n − 1.
 */
final class Quadrature {

    /** The number of points used by calibration (ltm uses 21, mirt 61 rectangular points). */
    static final int DEFAULT_POINTS = 41;

    final double[] nodes;
    final double[] logWeights;

    private Quadrature(double[] nodes, double[] logWeights) {
        this.nodes = nodes;
        this.logWeights = logWeights;
    }

    static Quadrature gaussHermite(int points) {
        if (points < 5 || points > 101) {
            throw new IllegalArgumentException("quadrature points must be 5–101: " + points);
        }
        GaussIntegrator rule = new GaussIntegratorFactory().hermite(points);
        double[] nodes = new double[points];
        double[] logWeights = new double[points];
        for (int k = 0; k < points; k++) {
            nodes[k] = Math.sqrt(2) * rule.getPoint(k);
            logWeights[k] = Math.log(rule.getWeight(k) / Math.sqrt(Math.PI));
        }
        return new Quadrature(nodes, logWeights);
    }

    int size() {
        return nodes.length;
    }
}
