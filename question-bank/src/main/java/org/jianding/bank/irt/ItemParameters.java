package org.jianding.bank.irt;

/**
 * An item's parameters in the slope–intercept form P(θ) = 1 / (1 + exp(−(aθ + d))) (mirt's {@code a1}, {@code d});
 * {@link #b()} gives the difficulty of the IRT form a(θ − b) (ltm's {@code Dffclt}).
 */
public record ItemParameters(double a, double d) {

    public ItemParameters {
        if (!Double.isFinite(a) || !Double.isFinite(d) || a == 0) {
            throw new IllegalArgumentException("item parameters must be finite with a ≠ 0: a=" + a + ", d=" + d);
        }
    }

    /** From the IRT form: discrimination a and difficulty b. */
    public static ItemParameters ofDifficulty(double a, double b) {
        return new ItemParameters(a, -a * b);
    }

    public double b() {
        return -d / a;
    }

    public double probability(double theta) {
        return 1 / (1 + Math.exp(-(a * theta + d)));
    }
}
