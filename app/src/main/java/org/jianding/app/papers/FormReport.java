package org.jianding.app.papers;

import java.util.List;
import java.util.Map;

/**
 * What {@link PaperForms#generate} built: one form per candidate (or why not), the largest number of questions any
 * two forms share, how many forms each question appears on, how far the forms' expected scores spread (Σ points ×
 * facility, the facility observed at the level for questions with enough responses, else the difficulty prior) and
 * how many of the questions used had an observed facility.
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
        int observedItems) {

    /** The form of one candidate: the stored paper and how many questions were held back as seen before. */
    public record CandidateForm(long candidateId, long paperId, int items, int excludedAsSeen, double expectedScore) {}

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
