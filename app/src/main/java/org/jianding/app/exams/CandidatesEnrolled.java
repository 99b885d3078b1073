package org.jianding.app.exams;

import java.util.List;

/**
 * Published in the transaction that made candidates' enrolment visible to them: enrolled in a published session, or
 * the session they were enrolled in was published. Notifications listen for it after commit.
 */
public record CandidatesEnrolled(long sessionId, List<Long> candidateIds) {

    public CandidatesEnrolled {
        candidateIds = List.copyOf(candidateIds);
    }
}
