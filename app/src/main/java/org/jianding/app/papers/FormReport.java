package org.jianding.app.papers;

import java.util.List;
import java.util.Map;

/**
 * What {@link PaperForms#generate} built: one form per candidate (or why not), the largest number of questions any
 * two forms share, how many forms each question appears on, how far the forms' expected scores spread (Σ points ×
 * facility, the facility observed at the level for questions with enough responses, else the difficulty prior) and
 * how many of the questions used had an observed facility; with a test information target, its ability points θ and
 * each form's information at them (Σ a² P(1 − P) over its calibrated questions), so forms can be compared.
 */
public record FormReport(
        long blueprintVersionId,
        long seed,
        int maxShared,
        List<CandidateForm> forms,
        Map<Long, List<String>> failures,
        int maxPairwiseOverlap,
        Map<Long, Integer> exposure,
        double targetExpectedScore,
        double minExpectedScore,
        double maxExpectedScore,
        int observedItems,
        List<Double> abilities) {

    /**
     * The form of one candidate: the stored paper, how many questions were held back as seen before, its expected
     * score, and its information at each of {@link #abilities} (empty without a target) with how many of its
     * questions had no parameters (they add none).
     */
    public record CandidateForm(
            long candidateId,
            long paperId,
            int items,
            int excludedAsSeen,
            double expectedScore,
            List<Double> information,
            int uncalibrated) {}

    /** The smallest and largest information any form has at ability point {@code p} (0 and 0 without forms). */
    public double[] informationRange(int p) {
        double low =
                forms.stream().mapToDouble(f -> f.information().get(p)).min().orElse(0);
        double high =
                forms.stream().mapToDouble(f -> f.information().get(p)).max().orElse(0);
        return new double[] {low, high};
    }

    public int formsBuilt() {
        return forms.size();
    }

    public double expectedScoreSpread() {
        return forms.isEmpty() ? 0 : maxExpectedScore - minExpectedScore;
    }

    /** Questions on more than one form of this run. */
    public long sharedItems() {
        return exposure.values().stream().filter(c -> c > 1).count();
    }
}
