package org.jianding.app.grading;

/**
 * A released result as followers of releases need to know it to tell whether they have caught up: which attempt,
 * of which session, at which revision (a change after release raises the revision).
 */
public record ReleasedRevision(long attemptId, long sessionId, int revision) {}
