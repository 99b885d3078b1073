package org.jianding.app.grading;

import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.ResultsRelease;
import org.jianding.app.exams.SessionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases the results of sessions set to "考试结束后自动公布" (AFTER_CLOSE) once the window has closed, nothing is
 * running and every attempt is scored (graders included). Safe on several nodes: releasing sets released_at only
 * where it is still empty, so a second node releases nothing and writes no audit line.
 */
@Component
class AutoRelease {

    private static final Logger log = LoggerFactory.getLogger(AutoRelease.class);

    private final ExamSessions sessions;
    private final Results results;

    AutoRelease(ExamSessions sessions, Results results) {
        this.sessions = sessions;
        this.results = results;
    }

    @Scheduled(
            fixedDelayString = "${jianding.grading.auto-release.interval:PT1M}",
            initialDelayString = "${jianding.grading.auto-release.interval:PT1M}")
    void run() {
        releaseDue();
    }

    /** Releases what is due now; returns how many results were released. */
    int releaseDue() {
        int released = 0;
        for (ExamSession s : sessions.list()) {
            if (s.status() == SessionStatus.PUBLISHED && s.resultsRelease() == ResultsRelease.AFTER_CLOSE) {
                try {
                    int n = results.releaseIfDue(s.id());
                    if (n > 0) {
                        log.info("released {} results of session {} after it closed", n, s.id());
                        released += n;
                    }
                } catch (RuntimeException e) {
                    log.warn("could not release the results of session {}", s.id(), e);
                }
            }
        }
        return released;
    }
}
