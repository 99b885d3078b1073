package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.SessionResults;

/**
 * The JSON of a session's results. Numbers are JSON numbers with the scale the rules give them (area scores two
 * decimals, weights six, contributions four, standard score one); a field is null where it does not apply (no
 * attempt, not yet scored, an area not on the paper).
 */
record SessionResultsJson(SessionJson session, SummaryJson summary, List<AreaMeanJson> areas, List<LineJson> results) {

    record SessionJson(long id, String title, long postId, String level) {}

    record SummaryJson(
            int enrolled,
            int sat,
            int absent,
            int inProgress,
            int submitted,
            int marked,
            int unmarked,
            int grading,
            int scored,
            int passed,
            int failed,
            int released,
            int changedAfterRelease,
            BigDecimal passRate,
            BigDecimal mean,
            BigDecimal median,
            BigDecimal min,
            BigDecimal max) {}

    record AreaMeanJson(String code, String name, BigDecimal mean) {}

    /**
     * One line: status is ABSENT (缺考), IN_PROGRESS, MARKING, GRADING, SCORED, RELEASED or CHANGED_AFTER_RELEASE;
     * decision PASS, FAIL or null; submitReason CANDIDATE, TIMEOUT, PROCTOR, FOCUS_LIMIT or null.
     */
    record LineJson(
            long candidateId,
            String employeeNo,
            String name,
            String unit,
            Long attemptId,
            String status,
            String statusLabel,
            String submitReason,
            String submitReasonLabel,
            Instant submittedAt,
            Integer ruleVersion,
            BigDecimal passMark,
            BigDecimal earnedPoints,
            BigDecimal maxPoints,
            BigDecimal standardScore,
            String decision,
            boolean renormalised,
            Instant releasedAt,
            List<AreaJson> areas) {}

    /** standing is SCORED, NOT_ON_PAPER (weight shared out among the others) or NOT_WEIGHTED; reason says so. */
    record AreaJson(
            String code,
            String name,
            BigDecimal earned,
            BigDecimal max,
            BigDecimal score,
            BigDecimal weight,
            BigDecimal effectiveWeight,
            BigDecimal contribution,
            String standing,
            String reason) {}

    static SessionResultsJson of(SessionResults.View view) {
        var s = view.summary();
        return new SessionResultsJson(
                new SessionJson(
                        view.session().id(),
                        view.session().title(),
                        view.session().postId(),
                        view.session().level().name()),
                new SummaryJson(
                        s.enrolled(),
                        s.sat(),
                        s.absent(),
                        s.inProgress(),
                        s.submitted(),
                        s.marked(),
                        s.unmarked(),
                        s.grading(),
                        s.scored(),
                        s.passed(),
                        s.failed(),
                        s.released(),
                        s.changedAfterRelease(),
                        s.passRate(),
                        s.mean(),
                        s.median(),
                        s.min(),
                        s.max()),
                view.areas().stream()
                        .map(a -> new AreaMeanJson(a.code(), a.name(), a.mean()))
                        .toList(),
                view.lines().stream().map(SessionResultsJson::line).toList());
    }

    private static LineJson line(SessionResults.Line l) {
        ResultView r = l.result();
        return new LineJson(
                l.candidateId(),
                l.employeeNo(),
                l.name(),
                l.unit(),
                l.attemptId(),
                l.status().name(),
                l.status().label(),
                l.submitReason() == null || l.handIn().isEmpty()
                        ? null
                        : l.submitReason().name(),
                l.handIn().isEmpty() ? null : l.handIn(),
                l.submittedAt(),
                r == null ? null : r.rule().versionNo(),
                r == null ? null : r.rule().rule().passMark(),
                r == null ? null : r.earnedPoints(),
                r == null ? null : r.maxPoints(),
                l.standardScore(),
                r == null || r.passed() == null ? null : r.passed() ? "PASS" : "FAIL",
                r != null && r.renormalised(),
                r == null ? null : r.releasedAt(),
                r == null
                        ? List.of()
                        : r.areas().stream().map(SessionResultsJson::area).toList());
    }

    private static AreaJson area(ResultView.AreaLine a) {
        return new AreaJson(
                a.area(),
                a.name(),
                a.earned(),
                a.max(),
                a.score(),
                a.weight(),
                a.effectiveWeight(),
                a.contribution(),
                a.standing().name(),
                a.reason().isEmpty() ? null : a.reason());
    }
}
