package org.jianding.bank.irt;

import java.util.Arrays;

/**
 * The state of a Bock–Aitkin EM run: the parameters (a, d per item; the population mean μ and SD σ), the expected
 * counts of the last E-step at each quadrature node θₖ = μ + σxₖ (n̄ᵢₖ persons answering item i, r̄ᵢₖ of them right)
 * and the marginal log-likelihood. Which parameters are free is described by {@link Layout}.
 */
final class Em {

    /** Where each free parameter sits in the parameter vector; −1 for a fixed one. */
    record Layout(int[] aIndex, int[] dIndex, int commonA, int mu, int sigma, int size) {}

    final Quadrature quadrature;
    final int items;
    final int nodes;
    private final int[][] answered;
    private final boolean[][] right;
    private final double[] weight;
    final double persons;

    final double[] a;
    final double[] d;
    double mu;
    double sigma = 1;

    final double[][] r;
    final double[][] n;
    double logLikelihood;
    /** Σ over persons of the posterior mean and mean square of θ, for the population M-step. */
    double sumTheta;

    double sumThetaSquared;

    Em(DichotomousResponses data, Quadrature quadrature) {
        this.quadrature = quadrature;
        this.items = data.items();
        this.nodes = quadrature.size();
        int patterns = data.patterns();
        answered = new int[patterns][];
        right = new boolean[patterns][];
        weight = new double[patterns];
        double total = 0;
        for (int p = 0; p < patterns; p++) {
            byte[] pattern = data.pattern(p);
            int count = 0;
            for (byte b : pattern) {
                if (b != DichotomousResponses.MISSING) {
                    count++;
                }
            }
            answered[p] = new int[count];
            right[p] = new boolean[count];
            int j = 0;
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] != DichotomousResponses.MISSING) {
                    answered[p][j] = i;
                    right[p][j++] = pattern[i] == 1;
                }
            }
            weight[p] = count == 0 ? 0 : data.count(p);
            total += weight[p];
        }
        persons = total;
        a = new double[items];
        d = new double[items];
        r = new double[items][nodes];
        n = new double[items][nodes];
    }

    double theta(int k) {
        return mu + sigma * quadrature.nodes[k];
    }

    /** P of item i at node k; also used by the M-step. */
    double p(int i, int k) {
        return 1 / (1 + Math.exp(-(a[i] * theta(k) + d[i])));
    }

    /** The E-step: expected counts and the marginal log-likelihood at the current parameters. */
    void eStep() {
        double[][] logP = new double[items][nodes];
        double[][] logQ = new double[items][nodes];
        for (int i = 0; i < items; i++) {
            for (int k = 0; k < nodes; k++) {
                double z = a[i] * theta(k) + d[i];
                // log P = −log(1 + e^−z), log Q = −log(1 + e^z), computed without overflow
                logP[i][k] = z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
                logQ[i][k] = logP[i][k] - z;
            }
        }
        for (double[] row : r) {
            Arrays.fill(row, 0);
        }
        for (double[] row : n) {
            Arrays.fill(row, 0);
        }
        double ll = 0;
        double s1 = 0;
        double s2 = 0;
        double[] post = new double[nodes];
        for (int p = 0; p < weight.length; p++) {
            if (weight[p] == 0) {
                continue;
            }
            double logL = posterior(p, logP, logQ, post);
            ll += weight[p] * logL;
            for (int k = 0; k < nodes; k++) {
                double h = weight[p] * post[k];
                double t = theta(k);
                s1 += h * t;
                s2 += h * t * t;
            }
            for (int k = 0; k < nodes; k++) {
                post[k] *= weight[p];
            }
            int[] its = answered[p];
            boolean[] u = right[p];
            for (int j = 0; j < its.length; j++) {
                double[] nRow = n[its[j]];
                for (int k = 0; k < nodes; k++) {
                    nRow[k] += post[k];
                }
                if (u[j]) {
                    double[] rRow = r[its[j]];
                    for (int k = 0; k < nodes; k++) {
                        rRow[k] += post[k];
                    }
                }
            }
        }
        logLikelihood = ll;
        sumTheta = s1;
        sumThetaSquared = s2;
    }

    /** Fills {@code post} with pattern p's posterior over the nodes and returns log of its marginal likelihood. */
    private double posterior(int p, double[][] logP, double[][] logQ, double[] post) {
        int[] its = answered[p];
        boolean[] u = right[p];
        System.arraycopy(quadrature.logWeights, 0, post, 0, nodes);
        for (int j = 0; j < its.length; j++) {
            double[] row = u[j] ? logP[its[j]] : logQ[its[j]];
            for (int k = 0; k < nodes; k++) {
                post[k] += row[k];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nodes; k++) {
            max = Math.max(max, post[k]);
        }
        double sum = 0;
        for (int k = 0; k < nodes; k++) {
            post[k] = Math.exp(post[k] - max);
            sum += post[k];
        }
        for (int k = 0; k < nodes; k++) {
            post[k] /= sum;
        }
        return max + Math.log(sum);
    }

    /** The posterior mean (EAP) and SD of θ for pattern p at the current parameters, or null without responses. */
    double[] eap(int p) {
        if (answered[p].length == 0) {
            return null;
        }
        double[][] logP = new double[items][nodes];
        double[][] logQ = new double[items][nodes];
        for (int i : answered[p]) {
            for (int k = 0; k < nodes; k++) {
                double z = a[i] * theta(k) + d[i];
                logP[i][k] = z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
                logQ[i][k] = logP[i][k] - z;
            }
        }
        double[] post = new double[nodes];
        posterior(p, logP, logQ, post);
        double m = 0;
        double m2 = 0;
        for (int k = 0; k < nodes; k++) {
            m += post[k] * theta(k);
            m2 += post[k] * theta(k) * theta(k);
        }
        return new double[] {m, Math.sqrt(Math.max(0, m2 - m * m))};
    }

    /**
     * The gradient of the marginal log-likelihood over the free parameters at the current E-step (Fisher's identity:
     * the expected complete-data score under the posterior).
     */
    double[] gradient(Layout layout) {
        double[] g = new double[layout.size()];
        for (int i = 0; i < items; i++) {
            double ga = 0;
            double gd = 0;
            for (int k = 0; k < nodes; k++) {
                double e = r[i][k] - n[i][k] * p(i, k);
                ga += e * theta(k);
                gd += e;
            }
            if (layout.aIndex()[i] >= 0) {
                g[layout.aIndex()[i]] += ga;
            } else if (layout.commonA() >= 0 && layout.dIndex()[i] >= 0) {
                g[layout.commonA()] += ga;
            }
            if (layout.dIndex()[i] >= 0) {
                g[layout.dIndex()[i]] += gd;
            }
            if (layout.mu() >= 0) {
                double gm = 0;
                double gs = 0;
                for (int k = 0; k < nodes; k++) {
                    double e = r[i][k] - n[i][k] * p(i, k);
                    gm += a[i] * e;
                    gs += a[i] * e * quadrature.nodes[k];
                }
                g[layout.mu()] += gm;
                g[layout.sigma()] += gs;
            }
        }
        return g;
    }

    double[] get(Layout layout) {
        double[] x = new double[layout.size()];
        for (int i = 0; i < items; i++) {
            if (layout.aIndex()[i] >= 0) {
                x[layout.aIndex()[i]] = a[i];
            }
            if (layout.dIndex()[i] >= 0) {
                x[layout.dIndex()[i]] = d[i];
                if (layout.commonA() >= 0) {
                    x[layout.commonA()] = a[i];
                }
            }
        }
        if (layout.mu() >= 0) {
            x[layout.mu()] = mu;
            x[layout.sigma()] = sigma;
        }
        return x;
    }

    void set(Layout layout, double[] x) {
        for (int i = 0; i < items; i++) {
            if (layout.aIndex()[i] >= 0) {
                a[i] = x[layout.aIndex()[i]];
            }
            if (layout.dIndex()[i] >= 0) {
                d[i] = x[layout.dIndex()[i]];
                if (layout.commonA() >= 0) {
                    a[i] = x[layout.commonA()];
                }
            }
        }
        if (layout.mu() >= 0) {
            mu = x[layout.mu()];
            sigma = x[layout.sigma()];
        }
    }
}
