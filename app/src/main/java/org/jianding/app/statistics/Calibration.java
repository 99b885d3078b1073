package org.jianding.app.statistics;

import java.time.Instant;
import java.util.List;
import org.jianding.bank.irt.IrtModel;

/**
 * A kept Rasch / 2PL calibration: what was calibrated (sessions, model, the calibration its anchors came from), the
 * fit, the ability distribution on the calibration's scale, the questions left out and why, one line per
 * question, and how many persons the item fit was computed over (those who answered every question; null for
 * calibrations kept before item fit). Public so that pages can read it.
 */
public record Calibration(
        long id,
        String title,
        IrtModel model,
        List<Long> sessionIds,
        Long anchorCalibrationId,
        int persons,
        double logLikelihood,
        int parameters,
        double aic,
        double bic,
        int cycles,
        boolean converged,
        int quadraturePoints,
        double abilityMean,
        double abilitySd,
        Double abilityMeanSe,
        Double abilitySdSe,
        List<Excluded> excluded,
        String createdBy,
        Instant createdAt,
        List<ItemParameters> items,
        Integer fitPersons) {

    /** A question left out: everyone right (ALL_RIGHT), everyone wrong (ALL_WRONG). */
    public record Excluded(long questionId, String reason) {}

    /**
     * A question's parameters: P(θ) = 1 / (1 + exp(−(aθ + d))), b = −d/a; standard errors null when anchored; its item
     * fit S-X² with degrees of freedom and p-value (question-bank's {@code ItemFit}), null where it cannot be computed.
     */
    public record ItemParameters(
            long questionId,
            int position,
            double a,
            double d,
            double b,
            Double seA,
            Double seD,
            Double seB,
            boolean anchored,
            int responses,
            double proportionRight,
            Double fitSx2,
            Integer fitDf,
            Double fitP) {}

    public int anchoredItems() {
        return (int) items.stream().filter(ItemParameters::anchored).count();
    }
}
