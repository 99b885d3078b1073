package org.jianding.app.exams;

import java.time.Instant;
import java.util.Map;
import org.jianding.bank.Level;

/**
 * A submitted attempt as marking needs it: whose, which session (post and level), which paper, and the answers the
 * server stored, by paper position, as the canonical JSON {@link Attempts#save} wrote.
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
        Map<Integer, String> answers) {}
