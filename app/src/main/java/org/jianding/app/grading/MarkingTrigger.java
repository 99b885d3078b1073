package org.jianding.app.grading;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jianding.app.exams.AttemptSubmitted;
import org.jianding.app.exams.ExamRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts marking in the background once a submission has committed, so the hand-in (and the final-minute rush)
 * never waits for it; a sweep every minute marks any submitted attempt of the last week still without a result (a
 * node stopped between commit and marking). Both paths go through idempotent {@link Marking#markAll}.
 */
@Component
class MarkingTrigger {

    private static final Logger log = LoggerFactory.getLogger(MarkingTrigger.class);

    private final Marking marking;
    private final ExamRecords exams;
    private final Clock clock;
    private final boolean sweep;
    private final GradingMetrics metrics;

    MarkingTrigger(Marking marking, ExamRecords exams, GradingMetrics metrics, Clock clock, GradingSettings settings) {
        this.marking = marking;
        this.metrics = metrics;
        this.exams = exams;
        this.clock = clock;
        this.sweep = settings.sweep().enabled();
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onSubmitted(AttemptSubmitted event) {
        try {
            marking.mark(event.attemptId());
        } catch (RuntimeException e) {
            log.warn("marking attempt {} failed; the sweep will retry", event.attemptId(), e);
        } finally {
            metrics.marked();
        }
    }

    @Scheduled(
            fixedDelayString = "${jianding.grading.sweep.interval:PT1M}",
            initialDelayString = "${jianding.grading.sweep.interval:PT1M}")
    void sweep() {
        if (!sweep) {
            return;
        }
        List<Long> recent = exams.submittedSince(clock.instant().minus(Duration.ofDays(7)), 5_000);
        for (int from = 0; from < recent.size(); from += 200) {
            try {
                int n = marking.markAll(recent.subList(from, Math.min(recent.size(), from + 200)));
                if (n > 0) {
                    log.info("sweep marked {} attempts", n);
                }
            } catch (RuntimeException e) {
                log.warn("marking sweep failed", e);
            }
        }
    }
}
