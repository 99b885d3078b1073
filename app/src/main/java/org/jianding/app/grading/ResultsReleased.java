package org.jianding.app.grading;

import java.time.Instant;
import java.util.List;

/**
 * Published in the transaction that released results of a session to their candidates (by an officer or the
 * automatic release after close). Competency records and score reports listen for it after commit.
 *
 * @param attemptIds the results released by this release, not those released before
 */
public record ResultsReleased(long sessionId, List<Long> attemptIds, Instant releasedAt) {

    public ResultsReleased {
        attemptIds = List.copyOf(attemptIds);
    }
}
