package org.jianding.app.exams;

import java.time.Clock;
import java.time.Instant;
import org.jianding.app.accounts.JiandingUser;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a second concurrent login as an integrity event: when someone logs in (through the login form) as a
 * candidate whose running attempt was seen in the last 90 seconds, the proctor sees "同一账号再次登录" on that
 * attempt. The login itself is not refused: the candidate may have switched device on purpose.
 */
@Component
class SecondLoginWatch {

    private final AttemptRepository attempts;
    private final Clock clock;

    SecondLoginWatch(AttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof JiandingUser user)) {
            return;
        }
        Instant now = clock.instant();
        for (ExamAttemptRecord a : attempts.ofCandidate(user.id())) {
            if (AttemptStatus.OPEN.name().equals(a.getStatus())
                    && a.getLastSeenAt() != null
                    && a.getLastSeenAt().isAfter(now.minus(Attempts.SECOND_DEVICE_WINDOW))) {
                attempts.addEvent(a.getId(), IntegrityKind.SECOND_DEVICE, "同一账号再次登录", now);
            }
        }
    }
}
