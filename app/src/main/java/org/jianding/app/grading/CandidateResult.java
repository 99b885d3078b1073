package org.jianding.app.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A released result as its candidate sees it: the standard score, the decision and the per-area breakdown; the
 * item marks (which name the keys) only when the session shows keys after release, otherwise an empty list.
 */
public record CandidateResult(
        long attemptId,
        long sessionId,
        String sessionTitle,
        BigDecimal standardScore,
        boolean passed,
        BigDecimal passMark,
        List<ResultView.AreaLine> areas,
        List<ItemResult> items,
        Instant releasedAt,
        boolean changedAfterRelease) {}
