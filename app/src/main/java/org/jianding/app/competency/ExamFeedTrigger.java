package org.jianding.app.competency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.ReleasedResultChanged;
import org.jianding.app.grading.ResultsReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds knowledge items in the background once a release or a change of a released result has committed; a sweep
 * (every 10 minutes by default) feeds whatever a stopped node missed, over the sessions opened in the last 90 days.
 * Every path goes through idempotent {@link ExamFeed#feed}.
 */
@Component
class ExamFeedTrigger {

    private static final Logger log = LoggerFactory.getLogger(ExamFeedTrigger.class);

    private final ExamFeed feed;
    private final ExamSessions sessions;
    private final Clock clock;
    private final boolean sweep;

    ExamFeedTrigger(
            ExamFeed feed,
            ExamSessions sessions,
            Clock clock,
            @Value("${jianding.competency.sweep.enabled:true}") boolean sweep) {
        this.feed = feed;
        this.sessions = sessions;
        this.clock = clock;
        this.sweep = sweep;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onReleased(ResultsReleased event) {
        try {
            feed.feed(event.sessionId(), event.attemptIds());
        } catch (RuntimeException e) {
            log.warn("competency feed of session {} failed; the sweep will retry", event.sessionId(), e);
        }
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onChanged(ReleasedResultChanged event) {
        try {
            feed.feed(event.sessionId(), List.of(event.attemptId()));
        } catch (RuntimeException e) {
            log.warn("competency feed of result {} failed; the sweep will retry", event.attemptId(), e);
        }
    }

    @Scheduled(
            fixedDelayString = "${jianding.competency.sweep.interval:PT10M}",
            initialDelayString = "${jianding.competency.sweep.interval:PT10M}")
    void sweep() {
        if (!sweep) {
            return;
        }
        Instant since = clock.instant().minus(Duration.ofDays(90));
        for (ExamSession session : sessions.list()) {
            if (session.opensAt().isBefore(since)) {
                continue;
            }
            try {
                int n = feed.feed(session.id(), null);
                if (n > 0) {
                    log.info("competency sweep recorded {} results of session {}", n, session.id());
                }
            } catch (RuntimeException e) {
                log.warn("competency sweep of session {} failed", session.id(), e);
            }
        }
    }
}
