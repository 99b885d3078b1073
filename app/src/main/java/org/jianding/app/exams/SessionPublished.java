package org.jianding.app.exams;

/**
 * A session was published: its candidates have their papers. Published inside the publishing transaction, so a
 * listener's work (grading's default graders) commits or rolls back with it.
 */
public record SessionPublished(long sessionId, long createdById) {}
