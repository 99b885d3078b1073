package org.jianding.app.exams;

import java.time.Instant;

/**
 * One attempt of a session as results list it, without its answers: who, which try, whether it is still running,
 * and when and why it was handed in (null while open).
 */
public record SessionAttempt(
        long attemptId,
        long candidateId,
        int attemptNo,
        AttemptStatus status,
        Instant startedAt,
        Instant submittedAt,
        SubmitReason submitReason) {

    public boolean open() {
        return status == AttemptStatus.OPEN;
    }
}
