package org.jianding.app.competency;

import java.time.Duration;
import java.util.List;
import org.jianding.app.grading.ReleasedResultChanged;
import org.jianding.app.grading.ResultsReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds knowledge items in the background once a release or a change of a released result has committed; a sweep
 * (every {@code jianding.competency.sweep.interval}, default 10 minutes) feeds whatever a stopped node missed: every
 * result released or changed since the last complete sweep, less {@code jianding.competency.sweep.overlap} (default
 * 1 hour), whatever the age of its session; at first start, every released result ({@link ExamFeed#sweep}). Every
 * path goes through idempotent {@link ExamFeed#feed}.
 */
@Component
class ExamFeedTrigger {

    private static final Logger log = LoggerFactory.getLogger(ExamFeedTrigger.class);

    private final ExamFeed feed;
    private final boolean sweep;
    private final Duration overlap;

    ExamFeedTrigger(ExamFeed feed, CompetencySettings settings) {
        this.feed = feed;
        this.sweep = settings.sweep().enabled();
        this.overlap = settings.sweep().overlap();
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
        try {
            int n = feed.sweep(overlap);
            if (n > 0) {
                log.info("competency sweep recorded {} results", n);
            }
        } catch (RuntimeException e) {
            log.warn("competency sweep failed; the next one retries", e);
        }
    }
}
