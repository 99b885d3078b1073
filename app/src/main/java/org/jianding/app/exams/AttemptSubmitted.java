package org.jianding.app.exams;

/**
 * Published once per attempt, in the transaction that submitted it (by the candidate, the deadline, a proctor or
 * the focus-loss limit). Marking listens for it after commit.
 */
public record AttemptSubmitted(long attemptId, long sessionId, long candidateId, SubmitReason reason) {}
