package org.jianding.app.exams.web;

import java.time.Instant;
import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.AttemptStatus;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ClockTick;
import org.jianding.app.exams.ExamMetrics;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.exams.MyExam;
import org.jianding.app.exams.SaveAck;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The exam page's API. Candidates only, and only their own sessions and attempts: every call passes the logged-in
 * candidate's id down, and someone else's attempt answers 404. The {@code X-Exam-Client} header names the page
 * instance, so that a page superseded by another device stops saving (409).
 */
@RestController
@RequestMapping("/api/exam")
@PreAuthorize("hasRole('CANDIDATE')")
class CandidateExamApiController {

    static final String CLIENT_HEADER = "X-Exam-Client";

    /** {@code sentAt}: when the page first sent this save, by its estimate of the server's clock. */
    record AnswerSaveRequest(Long seq, JsonNode answer, Boolean flagged, Instant sentAt) {}

    record EventRequest(String kind, String detail) {}

    record Started(long attemptId) {}

    record EventAck(AttemptStatus status) {}

    private final Attempts attempts;
    private final CurrentUser currentUser;
    private final ExamMetrics metrics;

    CandidateExamApiController(Attempts attempts, CurrentUser currentUser, ExamMetrics metrics) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.metrics = metrics;
    }

    @GetMapping("/sessions")
    @PreAuthorize("hasRole('CANDIDATE')")
    List<MyExam> mine() {
        return attempts.myExams(me());
    }

    /** Starts the session's next attempt, or returns the running one. */
    @PostMapping("/sessions/{sessionId}/start")
    @PreAuthorize("hasRole('CANDIDATE')")
    Started start(@PathVariable long sessionId, @RequestHeader(name = CLIENT_HEADER, required = false) String client) {
        return new Started(attempts.start(sessionId, me(), client));
    }

    @GetMapping("/attempts/{attemptId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    ExamSheet sheet(
            @PathVariable long attemptId, @RequestHeader(name = CLIENT_HEADER, required = false) String client) {
        return attempts.sheet(attemptId, me(), client);
    }

    @PutMapping("/attempts/{attemptId}/answers/{position}")
    @PreAuthorize("hasRole('CANDIDATE')")
    SaveAck save(
            @PathVariable long attemptId,
            @PathVariable int position,
            @RequestHeader(name = CLIENT_HEADER, required = false) String client,
            @RequestBody AnswerSaveRequest request) {
        return metrics.save(() -> {
            if (request == null || request.seq() == null) {
                throw DomainException.badRequest("exam.save.seq");
            }
            return attempts.save(
                    attemptId,
                    me(),
                    client,
                    position,
                    request.seq(),
                    request.answer(),
                    Boolean.TRUE.equals(request.flagged()),
                    request.sentAt());
        });
    }

    @GetMapping("/attempts/{attemptId}/clock")
    @PreAuthorize("hasRole('CANDIDATE')")
    ClockTick clock(
            @PathVariable long attemptId, @RequestHeader(name = CLIENT_HEADER, required = false) String client) {
        return attempts.tick(attemptId, me(), client);
    }

    @PostMapping("/attempts/{attemptId}/events")
    @PreAuthorize("hasRole('CANDIDATE')")
    EventAck event(@PathVariable long attemptId, @RequestBody EventRequest request) {
        return new EventAck(attempts.report(attemptId, me(), request.kind(), request.detail()));
    }

    /** Hands in; idempotent. */
    @PostMapping("/attempts/{attemptId}/submit")
    @PreAuthorize("hasRole('CANDIDATE')")
    ClockTick submit(@PathVariable long attemptId) {
        return attempts.handIn(attemptId, me());
    }

    private long me() {
        return currentUser.get().id();
    }
}
