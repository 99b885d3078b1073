package org.jianding.app.exams;

import java.time.Clock;
import org.jianding.app.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an attempt is submitted. The conditional UPDATE lets exactly one caller through, whoever else (the
 * candidate's second click, a replayed request, the deadline job on another node) tries at the same moment; only
 * that caller audits and announces {@link AttemptSubmitted}.
 */
@Component
class Submissions {

    private final AttemptRepository attempts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Submissions(AttemptRepository attempts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** True if this call submitted the attempt; false if it was already submitted. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean submit(long attemptId, long sessionId, long candidateId, SubmitReason reason, String why) {
        if (!attempts.submit(attemptId, reason, clock.instant())) {
            return false;
        }
        String detail = reason.name() + (why == null || why.isBlank() ? "" : "：" + why.strip());
        audit.record("exam.submitted", "examAttempt", attemptId, detail);
        events.publishEvent(new AttemptSubmitted(attemptId, sessionId, candidateId, reason));
        return true;
    }
}
