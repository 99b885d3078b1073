package org.jianding.app.notifications;

import java.time.Clock;
import java.time.Instant;
import org.jianding.app.exams.Enrolment;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.SessionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the candidates of every published session that opens within {@code jianding.notifications.opening-lead}
 * (default 24 hours), checking every {@code jianding.notifications.opening-check} (default 5 minutes). A candidate
 * is reminded once per session however often the job runs and on however many nodes (the notice's subject).
 */
@Component
class OpeningReminders {

    private static final Logger log = LoggerFactory.getLogger(OpeningReminders.class);

    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final Notifications notifications;
    private final NoticeTriggers notices;
    private final NotificationSettings settings;
    private final Clock clock;

    OpeningReminders(
            ExamSessions sessions,
            Enrolments enrolments,
            Notifications notifications,
            NoticeTriggers notices,
            NotificationSettings settings,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.notifications = notifications;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${jianding.notifications.opening-check:PT5M}",
            initialDelayString = "${jianding.notifications.opening-check:PT5M}")
    void check() {
        try {
            int n = remind();
            if (n > 0) {
                log.info("reminded {} candidates of sessions opening soon", n);
            }
        } catch (RuntimeException e) {
            log.warn("reminding candidates of sessions opening soon failed; the next run retries", e);
        }
    }

    /** Reminds whoever has not been reminded yet; returns how many were reminded now. */
    int remind() {
        Instant now = clock.instant();
        Instant until = now.plus(settings.openingLead());
        int reminded = 0;
        for (ExamSession s : sessions.list()) {
            if (s.status() != SessionStatus.PUBLISHED
                    || !s.opensAt().isAfter(now)
                    || s.opensAt().isAfter(until)) {
                continue;
            }
            var candidates =
                    enrolments.list(s.id()).stream().map(Enrolment::candidateId).toList();
            reminded += notifications.notify(
                    candidates, notices.sessionNotice(NotificationKind.EXAM_OPENING, "opening", s));
        }
        return reminded;
    }
}
