package org.jianding.app.exams;

import java.time.Instant;

/**
 * The server's clock for an exam page. {@code superseded}: another page (device or window) has taken the attempt
 * over, so this one must stop saving.
 */
public record ClockTick(long attemptId, AttemptStatus status, Instant deadline, Instant serverNow, boolean superseded) {

    public long remainingMillis() {
        return Math.max(0, deadline.toEpochMilli() - serverNow.toEpochMilli());
    }
}
