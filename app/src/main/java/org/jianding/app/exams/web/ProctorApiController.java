package org.jianding.app.exams.web;

import java.time.Instant;
import java.util.List;
import org.jianding.app.exams.LiveView;
import org.jianding.app.exams.Proctoring;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proctor's API (监考): the live state of a session for the page to poll, and the per-candidate actions, each
 * with a reason that the service writes to the audit log. Nothing here carries answers or keys.
 */
@RestController
@RequestMapping("/api/exam-sessions/{sessionId}")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class ProctorApiController {

    /** The body of every action; {@code minutes} only for extend and re-open. */
    record ProctorActionRequest(Integer minutes, String reason) {}

    record Counts(int enrolled, long notStarted, long inProgress, long submitted, long offline, long withEvents) {}

    record Live(
            long sessionId,
            String title,
            String status,
            Instant opensAt,
            Instant closesAt,
            int durationMinutes,
            Instant serverNow,
            Counts counts,
            List<LiveView.Row> rows) {

        static Live of(LiveView view) {
            var s = view.session();
            return new Live(
                    s.id(),
                    s.title(),
                    s.status().name(),
                    s.opensAt(),
                    s.closesAt(),
                    s.durationMinutes(),
                    view.serverNow(),
                    new Counts(
                            view.rows().size(),
                            view.count(LiveView.State.NOT_STARTED),
                            view.count(LiveView.State.IN_PROGRESS),
                            view.count(LiveView.State.SUBMITTED),
                            view.offline(),
                            view.withEvents()),
                    view.rows());
        }
    }

    private final Proctoring proctoring;

    ProctorApiController(Proctoring proctoring) {
        this.proctoring = proctoring;
    }

    @GetMapping("/live")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    Live live(@PathVariable long sessionId) {
        return Live.of(proctoring.live(sessionId));
    }

    @PostMapping("/candidates/{candidateId}/extend")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    LiveView.Row extend(
            @PathVariable long sessionId, @PathVariable long candidateId, @RequestBody ProctorActionRequest request) {
        proctoring.extend(sessionId, candidateId, minutes(request), reason(request));
        return row(sessionId, candidateId);
    }

    @PostMapping("/candidates/{candidateId}/reopen")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    LiveView.Row reopen(
            @PathVariable long sessionId, @PathVariable long candidateId, @RequestBody ProctorActionRequest request) {
        proctoring.reopen(sessionId, candidateId, minutes(request), reason(request));
        return row(sessionId, candidateId);
    }

    @PostMapping("/candidates/{candidateId}/force-submit")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    LiveView.Row forceSubmit(
            @PathVariable long sessionId, @PathVariable long candidateId, @RequestBody ProctorActionRequest request) {
        proctoring.forceHandIn(sessionId, candidateId, reason(request));
        return row(sessionId, candidateId);
    }

    /** The candidate's row after the action, so the page can show it at once. */
    private LiveView.Row row(long sessionId, long candidateId) {
        return proctoring.live(sessionId).rows().stream()
                .filter(r -> r.candidateId() == candidateId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("exam.enrolment.notFound", candidateId));
    }

    private static int minutes(ProctorActionRequest request) {
        return request == null || request.minutes() == null ? 0 : request.minutes();
    }

    private static String reason(ProctorActionRequest request) {
        return request == null ? null : request.reason();
    }
}
