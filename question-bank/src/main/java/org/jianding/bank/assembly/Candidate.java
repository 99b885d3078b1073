package org.jianding.bank.assembly;

import java.util.Set;

/** A candidate of a session and the item ids they saw in earlier attempts (never shown again). */
public record Candidate(String id, Set<String> seenItemIds) {

    public Candidate {
        seenItemIds = Set.copyOf(seenItemIds);
    }

    public static Candidate firstAttempt(String id) {
        return new Candidate(id, Set.of());
    }
}
