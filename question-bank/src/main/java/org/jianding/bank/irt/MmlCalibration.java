package org.jianding.bank.irt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Marginal maximum likelihood calibration of the Rasch and 2PL models by the Bock–Aitkin EM algorithm.
 *
 * <p>Each cycle: the E-step ({@link Em#eStep}) spreads every response pattern over the quadrature nodes by its
 * posterior; the M-step maximises each free item's expected complete-data log-likelihood by Newton–Raphson on (a, d)
 * (Rasch: each d, then the common a), and, when anchors fix the scale, sets the population mean and SD to the
 * posterior moments. It stops when no parameter moved more than {@link Options#tolerance()} in a cycle. Items in
 * {@code anchors} keep the given parameters (fixed-parameter calibration): the other items and the population then
 * land on the anchors' scale. Without anchors θ ~ N(0, 1) fixes the scale.
 */
public final class MmlCalibration {

    /**
     * Quadrature points (Gauss–Hermite), convergence tolerance on the largest parameter change per cycle, the cycle
     * limit, and whether to compute standard errors.
     */
    public record Options(int quadraturePoints, double tolerance, int maxCycles, boolean standardErrors) {
        public static final Options DEFAULT = new Options(Quadrature.DEFAULT_POINTS, 1e-5, 5000, true);
    }

    private static final double MAX_SLOPE = 20;

    private MmlCalibration() {}

    public static CalibrationResult calibrate(DichotomousResponses data, IrtModel model) {
        return calibrate(data, model, Map.of(), Options.DEFAULT);
    }

    /** Refuses (with every reason) data it cannot calibrate; see {@link #problems}. */
    public static CalibrationResult calibrate(
            DichotomousResponses data, IrtModel model, Map<Integer, ItemParameters> anchors, Options options) {
        List<CalibrationException.Problem> problems = problems(data, model, anchors);
        if (!problems.isEmpty()) {
            throw new CalibrationException(problems);
        }
        Quadrature quadrature = Quadrature.gaussHermite(options.quadraturePoints());
        Em em = new Em(data, quadrature);
        double[][] counts = counts(data);
        Em.Layout layout = layout(data.items(), model, anchors);
        start(em, model, anchors, counts);
        em.eStep();
        int cycles = 0;
        double change = Double.POSITIVE_INFINITY;
        boolean converged = false;
        while (cycles < options.maxCycles()) {
            double[] before = em.get(layout);
            mStep(em, model, layout);
            em.eStep();
            cycles++;
            double[] after = em.get(layout);
            change = 0;
            for (int j = 0; j < after.length; j++) {
                change = Math.max(change, Math.abs(after[j] - before[j]));
            }
            if (change < options.tolerance()) {
                converged = true;
                break;
            }
        }
        double[][] covariance = options.standardErrors() ? ObservedInformation.covariance(em, layout) : null;
        return result(data, model, em, layout, counts, covariance, cycles, converged, change, quadrature.size());
    }

    /**
     * Why the data cannot be calibrated, empty when it can: a free item no one answered, everyone got right or
     * everyone got wrong (its parameters would run to infinity); fewer than 2 free items (Rasch) or 3 (2PL) without
     * anchors; fewer than 2 persons with a response; a Rasch calibration anchored on items of unequal slopes.
     */
    public static List<CalibrationException.Problem> problems(
            DichotomousResponses data, IrtModel model, Map<Integer, ItemParameters> anchors) {
        List<CalibrationException.Problem> problems = new ArrayList<>();
        for (int item : anchors.keySet()) {
            if (item < 0 || item >= data.items()) {
                throw new IllegalArgumentException("no such item to anchor: " + item);
            }
        }
        double[][] counts = counts(data);
        int free = 0;
        for (int i = 0; i < data.items(); i++) {
            if (anchors.containsKey(i)) {
                continue;
            }
            free++;
            if (counts[i][0] == 0) {
                problems.add(new CalibrationException.Problem(i, CalibrationException.Reason.NO_RESPONSES));
            } else if (counts[i][1] == counts[i][0]) {
                problems.add(new CalibrationException.Problem(i, CalibrationException.Reason.ALL_RIGHT));
            } else if (counts[i][1] == 0) {
                problems.add(new CalibrationException.Problem(i, CalibrationException.Reason.ALL_WRONG));
            }
        }
        if (anchors.isEmpty() && free < (model == IrtModel.RASCH ? 2 : 3)) {
            problems.add(new CalibrationException.Problem(-1, CalibrationException.Reason.TOO_FEW_ITEMS));
        }
        if (new Em(data, Quadrature.gaussHermite(5)).persons < 2) {
            problems.add(new CalibrationException.Problem(-1, CalibrationException.Reason.TOO_FEW_PERSONS));
        }
        if (model == IrtModel.RASCH
                && anchors.values().stream()
                                .mapToDouble(ItemParameters::a)
                                .distinct()
                                .count()
                        > 1) {
            problems.add(new CalibrationException.Problem(-1, CalibrationException.Reason.ANCHORS_NOT_RASCH));
        }
        return problems;
    }

    /** Per item: persons who answered it and persons who got it right. */
    private static double[][] counts(DichotomousResponses data) {
        double[][] counts = new double[data.items()][2];
        for (int p = 0; p < data.patterns(); p++) {
            byte[] pattern = data.pattern(p);
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] != DichotomousResponses.MISSING) {
                    counts[i][0] += data.count(p);
                    counts[i][1] += pattern[i] * data.count(p);
                }
            }
        }
        return counts;
    }

    private static Em.Layout layout(int items, IrtModel model, Map<Integer, ItemParameters> anchors) {
        int[] aIndex = new int[items];
        int[] dIndex = new int[items];
        Arrays.fill(aIndex, -1);
        Arrays.fill(dIndex, -1);
        int next = 0;
        int commonA = -1;
        if (model == IrtModel.RASCH && anchors.isEmpty()) {
            commonA = next++;
        }
        for (int i = 0; i < items; i++) {
            if (!anchors.containsKey(i)) {
                if (model == IrtModel.TWO_PL) {
                    aIndex[i] = next++;
                }
                dIndex[i] = next++;
            }
        }
        int mu = -1;
        int sigma = -1;
        if (!anchors.isEmpty()) {
            mu = next++;
            sigma = next++;
        }
        return new Em.Layout(aIndex, dIndex, commonA, mu, sigma, next);
    }

    private static void start(Em em, IrtModel model, Map<Integer, ItemParameters> anchors, double[][] counts) {
        double slope = model == IrtModel.RASCH && !anchors.isEmpty()
                ? anchors.values().iterator().next().a()
                : 1;
        for (int i = 0; i < em.items; i++) {
            ItemParameters fixed = anchors.get(i);
            if (fixed != null) {
                em.a[i] = fixed.a();
                em.d[i] = fixed.d();
            } else {
                double share = Math.min(0.99, Math.max(0.01, counts[i][1] / counts[i][0]));
                em.a[i] = slope;
                em.d[i] = Math.log(share / (1 - share));
            }
        }
    }

    private static void mStep(Em em, IrtModel model, Em.Layout layout) {
        for (int i = 0; i < em.items; i++) {
            if (layout.dIndex()[i] >= 0) {
                newton(em, i, model == IrtModel.TWO_PL);
            }
        }
        if (layout.commonA() >= 0) {
            commonSlope(em, layout);
        }
        if (layout.mu() >= 0) {
            double mean = em.sumTheta / em.persons;
            double variance = em.sumThetaSquared / em.persons - mean * mean;
            em.mu = mean;
            em.sigma = Math.sqrt(Math.max(variance, 1e-6));
        }
    }

    /** Maximises item i's expected complete-data log-likelihood over (a, d), or d alone, by Newton–Raphson. */
    private static void newton(Em em, int i, boolean slope) {
        for (int step = 0; step < 50; step++) {
            double ga = 0, gd = 0, haa = 0, had = 0, hdd = 0;
            for (int k = 0; k < em.nodes; k++) {
                double t = em.theta(k);
                double p = em.p(i, k);
                double e = em.r[i][k] - em.n[i][k] * p;
                double w = em.n[i][k] * p * (1 - p);
                ga += e * t;
                gd += e;
                haa += w * t * t;
                had += w * t;
                hdd += w;
            }
            double da = 0;
            double dd;
            if (slope) {
                double det = haa * hdd - had * had;
                if (!(det > 1e-300)) {
                    return;
                }
                da = (hdd * ga - had * gd) / det;
                dd = (haa * gd - had * ga) / det;
            } else {
                if (!(hdd > 0)) {
                    return;
                }
                dd = gd / hdd;
            }
            double size = Math.max(Math.abs(da), Math.abs(dd));
            if (size > 1) {
                da /= size;
                dd /= size;
            }
            em.a[i] = Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, em.a[i] + da));
            em.d[i] += dd;
            if (size < 1e-10) {
                return;
            }
        }
    }

    /** The Rasch model's common slope over the free items, by Newton–Raphson. */
    private static void commonSlope(Em em, Em.Layout layout) {
        for (int step = 0; step < 50; step++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < em.items; i++) {
                if (layout.dIndex()[i] < 0) {
                    continue;
                }
                for (int k = 0; k < em.nodes; k++) {
                    double t = em.theta(k);
                    double p = em.p(i, k);
                    g += (em.r[i][k] - em.n[i][k] * p) * t;
                    h += em.n[i][k] * p * (1 - p) * t * t;
                }
            }
            if (!(h > 0)) {
                return;
            }
            double delta = Math.max(-1, Math.min(1, g / h));
            for (int i = 0; i < em.items; i++) {
                if (layout.dIndex()[i] >= 0) {
                    em.a[i] = Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, em.a[i] + delta));
                }
            }
            if (Math.abs(delta) < 1e-10) {
                return;
            }
        }
    }

    private static CalibrationResult result(
            DichotomousResponses data,
            IrtModel model,
            Em em,
            Em.Layout layout,
            double[][] counts,
            double[][] cov,
            int cycles,
            boolean converged,
            double change,
            int points) {
        List<CalibrationResult.Item> items = new ArrayList<>();
        for (int i = 0; i < em.items; i++) {
            int ai = layout.aIndex()[i] >= 0 ? layout.aIndex()[i] : layout.dIndex()[i] >= 0 ? layout.commonA() : -1;
            int di = layout.dIndex()[i];
            Double seA = se(cov, ai);
            Double seD = se(cov, di);
            Double seB = null;
            if (cov != null && di >= 0) {
                // b = −d/a: ∂b/∂a = d/a², ∂b/∂d = −1/a
                double ga = em.d[i] / (em.a[i] * em.a[i]);
                double gd = -1 / em.a[i];
                double var = gd * gd * cov[di][di];
                if (ai >= 0) {
                    var += ga * ga * cov[ai][ai] + 2 * ga * gd * cov[ai][di];
                }
                seB = var >= 0 ? Math.sqrt(var) : null;
            }
            double responses = counts[i][0];
            items.add(new CalibrationResult.Item(
                    i,
                    em.a[i],
                    em.d[i],
                    seA,
                    seD,
                    seB,
                    di < 0,
                    responses,
                    responses == 0 ? Double.NaN : counts[i][1] / responses));
        }
        var population = new CalibrationResult.Population(
                em.mu, em.sigma, se(cov, layout.mu()), se(cov, layout.sigma()), layout.mu() >= 0);
        double ll = em.logLikelihood;
        int k = layout.size();
        var fit = new CalibrationResult.Fit(
                ll,
                k,
                -2 * ll + 2 * k,
                -2 * ll + k * Math.log(em.persons),
                (int) Math.round(em.persons),
                cycles,
                converged,
                change,
                points);
        double[][] byPattern = new double[data.patterns()][];
        for (int p = 0; p < byPattern.length; p++) {
            byPattern[p] = em.eap(p);
        }
        List<CalibrationResult.Ability> abilities = new ArrayList<>(data.persons());
        for (int person = 0; person < data.persons(); person++) {
            double[] e = byPattern[data.patternOf(person)];
            abilities.add(e == null ? null : new CalibrationResult.Ability(e[0], e[1]));
        }
        return new CalibrationResult(model, List.copyOf(items), population, fit, abilities);
    }

    private static Double se(double[][] cov, int index) {
        if (cov == null || index < 0 || !(cov[index][index] >= 0)) {
            return null;
        }
        return Math.sqrt(cov[index][index]);
    }
}
