package org.jianding.bank.assembly.engine;

import java.util.List;

/**
 * QuickXplain (Junker 2004) over the constraint ids of an {@link ExactModel}: a minimal subset X of the candidates
 * such that frame ∪ X cannot hold, given that frame ∪ candidates cannot. Every constraint it keeps is needed: drop
 * any one and the rest hold.
 */
final class QuickXplain {

    private final ExactModel model;
    private final long seed;
    private final double seconds;

    QuickXplain(ExactModel model, long seed, double seconds) {
        this.model = model;
        this.seed = seed;
        this.seconds = seconds;
    }

    /** The minimal conflicting subset, or null when a solve ran out of time. */
    List<Integer> minimal(List<Integer> frame, List<Integer> candidates) {
        try {
            return explainAgainst(frame, false, candidates);
        } catch (Undecided e) {
            return null;
        }
    }

    private List<Integer> explainAgainst(List<Integer> background, boolean added, List<Integer> candidates) {
        if (added && conflicts(background)) {
            return List.of();
        }
        if (candidates.size() == 1) {
            return candidates;
        }
        int half = candidates.size() / 2;
        List<Integer> first = candidates.subList(0, half);
        List<Integer> second = candidates.subList(half, candidates.size());
        List<Integer> fromSecond = explainAgainst(RowConflicts.join(background, first), true, second);
        List<Integer> fromFirst =
                explainAgainst(RowConflicts.join(background, fromSecond), !fromSecond.isEmpty(), first);
        return RowConflicts.join(fromFirst, fromSecond);
    }

    private boolean conflicts(List<Integer> ids) {
        ExactModel.Outcome outcome = model.holdTogether(ids, seed, seconds);
        if (outcome == ExactModel.Outcome.UNKNOWN) {
            throw new Undecided();
        }
        return outcome == ExactModel.Outcome.INFEASIBLE;
    }

    private static final class Undecided extends RuntimeException {
        Undecided() {
            super(null, null, false, false);
        }
    }
}
