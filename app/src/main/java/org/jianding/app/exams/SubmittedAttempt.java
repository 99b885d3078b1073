package org.jianding.app.exams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jianding.bank.Level;

/**
 * A submitted attempt as marking needs it: whose, which session (post and level), which paper, and the answers the
 * server stored, by paper position, as the canonical JSON {@link Attempts#save} wrote; and, for an attempt imported
 * from a paper sitting, the points written for items given as points (by paper position), which are their marks.
 */
public record SubmittedAttempt(
        long attemptId,
        long sessionId,
        long candidateId,
        long postId,
        Level level,
        long paperId,
        Instant submittedAt,
        SubmitReason reason,
        Map<Integer, String> answers,
        Map<Integer, BigDecimal> points) {

    /** An attempt without points written on paper (every online attempt). */
    public SubmittedAttempt(
            long attemptId,
            long sessionId,
            long candidateId,
            long postId,
            Level level,
            long paperId,
            Instant submittedAt,
            SubmitReason reason,
            Map<Integer, String> answers) {
        this(attemptId, sessionId, candidateId, postId, level, paperId, submittedAt, reason, answers, Map.of());
    }
}
