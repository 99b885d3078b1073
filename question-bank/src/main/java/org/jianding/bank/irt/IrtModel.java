package org.jianding.bank.irt;

/** The item response models calibrated; both use the logistic curve P(θ) = 1 / (1 + exp(−(aθ + d))). */
public enum IrtModel {
    /**
     * One discrimination common to all items (estimated, with θ ~ N(0, 1)); equivalent to the Rasch model with
     * slope 1 and an estimated ability SD equal to that common discrimination (ltm's {@code rasch()}).
     */
    RASCH,
    /** A discrimination and an intercept per item. */
    TWO_PL
}
