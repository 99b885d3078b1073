package org.jianding.app.grading;

/**
 * Published in the transaction that changed a result after its release (a key erratum or a grader's re-score), so
 * that what was derived from it (competency record, score report) can follow.
 */
public record ReleasedResultChanged(long attemptId, long sessionId, long candidateId) {}
