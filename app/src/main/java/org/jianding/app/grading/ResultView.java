package org.jianding.app.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One result with its whole derivation, for certification officers: item points → area points → area scores →
 * weights → standard score → decision, with the rule version and whether re-computing it now gives the same
 * number.
 */
public record ResultView(
        long attemptId,
        long sessionId,
        String sessionTitle,
        long candidateId,
        String employeeNo,
        String candidateName,
        long paperId,
        ScoringRuleVersion rule,
        ResultStatus status,
        BigDecimal maxPoints,
        BigDecimal earnedPoints,
        BigDecimal standardScore,
        Boolean passed,
        List<ItemResult> items,
        List<AreaLine> areas,
        List<String> notes,
        int revision,
        Instant computedAt,
        Instant releasedAt,
        boolean changedAfterRelease,
        Boolean reproducible) {

    /** One area of the derivation with its name. Score, effective weight and contribution are null if left out. */
    public record AreaLine(
            String area,
            String name,
            BigDecimal earned,
            BigDecimal max,
            BigDecimal score,
            BigDecimal weight,
            BigDecimal effectiveWeight,
            BigDecimal contribution) {}
}
