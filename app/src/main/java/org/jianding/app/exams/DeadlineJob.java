package org.jianding.app.exams;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits every open attempt whose deadline (plus the save grace) has passed, whether or not its page is still
 * there. Runs on every node: {@link Proctoring#timeOut} submits through one conditional UPDATE per attempt, so
 * when two nodes pick the same attempt exactly one submits it and the other finds it done. No lock table needed.
 */
@Component
class DeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);
    static final int BATCH = 500;

    private final AttemptRepository attempts;
    private final Proctoring proctoring;
    private final Attempts candidateSide;
    private final Clock clock;
    private final boolean enabled;

    DeadlineJob(
            AttemptRepository attempts,
            Proctoring proctoring,
            Attempts candidateSide,
            Clock clock,
            ExamSettings settings) {
        this.attempts = attempts;
        this.proctoring = proctoring;
        this.candidateSide = candidateSide;
        this.clock = clock;
        this.enabled = settings.deadlineJob().enabled();
    }

    @Scheduled(
            fixedDelayString = "${jianding.exam.deadline-job.interval:PT5S}",
            initialDelayString = "${jianding.exam.deadline-job.interval:PT5S}")
    void run() {
        if (enabled) {
            submitDue();
        }
    }

    /** Submits what is due now; returns how many attempts this call submitted. */
    int submitDue() {
        int submitted = 0;
        List<Long> due = attempts.due(clock.instant().minus(candidateSide.grace()), BATCH);
        for (long id : due) {
            try {
                if (proctoring.timeOut(id)) {
                    submitted++;
                }
            } catch (RuntimeException e) {
                log.warn("could not submit timed-out attempt {}", id, e);
            }
        }
        if (submitted > 0) {
            log.info("submitted {} timed-out attempts", submitted);
        }
        return submitted;
    }
}
