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

    /**
     * One area of the derivation with its name. Score, effective weight and contribution are null exactly when the
     * area is left out of the standard score: either the rule weighs it but the paper gives it no points ({@link
     * Standing#NOT_ON_PAPER}, its weight shared out among the others), or the rule does not weigh it ({@link
     * Standing#NOT_WEIGHTED}). Every reader goes through {@link #standing()} rather than testing for null.
     */
    public record AreaLine(
            String area,
            String name,
            BigDecimal earned,
            BigDecimal max,
            BigDecimal score,
            BigDecimal weight,
            BigDecimal effectiveWeight,
            BigDecimal contribution) {

        /** Whether and why an area counts towards the standard score. */
        public enum Standing {
            SCORED,
            NOT_ON_PAPER,
            NOT_WEIGHTED
        }

        public Standing standing() {
            if (weight == null) {
                return Standing.NOT_WEIGHTED;
            }
            return score == null ? Standing.NOT_ON_PAPER : Standing.SCORED;
        }

        public boolean scored() {
            return standing() == Standing.SCORED;
        }

        /** Why the area has no score, in words; empty for a scored area. */
        public String reason() {
            return switch (standing()) {
                case SCORED -> "";
                case NOT_ON_PAPER ->
                    "本卷无此领域的题目（满分为0），不计分，其权重 " + weight.stripTrailingZeros().toPlainString() + " 按比例分摊给其余领域";
                case NOT_WEIGHTED -> "评分规则未给此领域权重，其得分不计入标准分";
            };
        }
    }

    /** The area half of the derivation, safe to show the candidate. */
    public Breakdown breakdown() {
        return Breakdown.of(this);
    }

    /** True when some weighted area had no points on this paper, so the other weights were scaled up to sum to 1. */
    public boolean renormalised() {
        return areas.stream().anyMatch(a -> a.standing() == AreaLine.Standing.NOT_ON_PAPER);
    }

    /** The area line of this code, if the result has one. */
    public java.util.Optional<AreaLine> area(String code) {
        return areas.stream().filter(a -> a.area().equals(code)).findFirst();
    }
}
