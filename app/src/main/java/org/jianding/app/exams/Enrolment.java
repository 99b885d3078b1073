package org.jianding.app.exams;

import java.time.Instant;

/** One enrolment: the candidate, their paper (null until the session is published) and extra time granted. */
public record Enrolment(long sessionId, long candidateId, Long paperId, int extraMinutes, Instant enrolledAt) {}
