package org.jianding.app.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A released result as its candidate sees it: the standard score, the decision and the per-area breakdown; the
 * items with the candidate's own answers, the keys and explanations only when the session shows keys after
 * release (otherwise an empty list); a notice for every change made to it after release (答案勘误); and the same
 * derivation the officer's page shows ({@link Breakdown}, {@link Derivation}), with keys only where the session
 * shows them after release.
 */
public record CandidateResult(
        long attemptId,
        long sessionId,
        String sessionTitle,
        BigDecimal standardScore,
        boolean passed,
        BigDecimal passMark,
        List<ResultView.AreaLine> areas,
        List<Item> items,
        Instant releasedAt,
        boolean changedAfterRelease,
        List<Notice> notices,
        Breakdown breakdown,
        Derivation derivation) {

    /** One question with the candidate's answer, the key (corrected by any erratum) and the explanation. */
    public record Item(
            int position,
            String type,
            String stem,
            List<String> options,
            String answer,
            String key,
            String explanation,
            BigDecimal max,
            BigDecimal earned,
            String note) {}

    /** A change to the released result: when, why, and the standard score before and after. */
    public record Notice(Instant at, String reason, BigDecimal before, BigDecimal after) {}
}
