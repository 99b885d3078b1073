package org.jianding.app.grading.web;

import org.jianding.app.grading.SessionResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A session's results as JSON for officers, exam administrators and integrations: every enrolled candidate (缺考
 * included) with status, standard score, decision and the per-area breakdown, and the summary counts. The same
 * {@link SessionResults} as the page and the 成绩单, so the three always carry the same numbers. An unknown
 * session answers 404 as a ProblemDetail.
 */
@RestController
@RequestMapping("/api/results/sessions/{sessionId}")
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class ResultApiController {

    private final SessionResults sessionResults;

    ResultApiController(SessionResults sessionResults) {
        this.sessionResults = sessionResults;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    SessionResultsJson results(@PathVariable long sessionId) {
        return SessionResultsJson.of(sessionResults.of(sessionId));
    }
}
