package org.jianding.app.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A result without its item marks: the standard score, the decision, the areas with the weights used and the rule
 * version, read from the stored derivation (nothing is re-computed). What score reports and certificates print.
 */
public record ResultSummary(
        long attemptId,
        long sessionId,
        long candidateId,
        ScoringRuleVersion rule,
        ResultStatus status,
        BigDecimal standardScore,
        Boolean passed,
        List<ResultView.AreaLine> areas,
        int revision,
        Instant releasedAt,
        boolean changedAfterRelease) {

    public ResultSummary {
        areas = List.copyOf(areas);
    }

    public boolean released() {
        return releasedAt != null;
    }
}
