package org.jianding.bank.irt;

import java.util.List;

/**
 * What a calibration found: the items' parameters with standard errors (null when the information matrix could not be
 * inverted or standard errors were not asked for), the ability distribution, the fit, and each person's EAP ability
 * with its posterior SD (null for a person who answered none of the items).
 */
public record CalibrationResult(
        IrtModel model, List<Item> items, Population population, Fit fit, List<Ability> abilities) {

    /**
     * One item: slope–intercept parameters, their standard errors and that of the difficulty b = −d/a (delta
     * method); {@code anchored} when its parameters were held fixed; the responses it had and the share right.
     */
    public record Item(
            int item,
            double a,
            double d,
            Double seA,
            Double seD,
            Double seB,
            boolean anchored,
            double responses,
            double proportionRight) {

        public double b() {
            return -d / a;
        }

        public ItemParameters parameters() {
            return new ItemParameters(a, d);
        }
    }

    /**
     * The ability distribution N(mean, sd²): fixed at N(0, 1) when nothing is anchored (that fixes the scale),
     * estimated with standard errors when anchors put the form on an earlier scale.
     */
    public record Population(double mean, double sd, Double seMean, Double seSd, boolean estimated) {}

    /**
     * The marginal log-likelihood at the estimates, the number of estimated parameters, AIC = −2ℓ + 2k,
     * BIC = −2ℓ + k·ln N, the persons with at least one response, EM cycles, whether the convergence criterion was met
     * and the largest parameter change of the last cycle.
     */
    public record Fit(
            double logLikelihood,
            int parameters,
            double aic,
            double bic,
            int persons,
            int cycles,
            boolean converged,
            double lastChange,
            int quadraturePoints) {}

    public record Ability(double eap, double psd) {}
}
