package org.jianding.app.exams;

import java.time.Instant;

/** One enrolled candidate as the administrators see them: who, their paper, and whether they have started. */
public record Enrollee(
        long candidateId,
        String employeeNo,
        String displayName,
        String orgUnit,
        String post,
        Long paperId,
        int extraMinutes,
        Instant enrolledAt,
        int attempts) {

    public boolean started() {
        return attempts > 0;
    }
}
