package org.jianding.app.grading;

import java.util.List;

/**
 * Published in the transaction that made these users markers or arbiters of (some questions of) a session.
 * Notifications listen for it after commit.
 */
public record GradersAssigned(long sessionId, List<Long> graderIds) {

    public GradersAssigned {
        graderIds = List.copyOf(graderIds);
    }
}
