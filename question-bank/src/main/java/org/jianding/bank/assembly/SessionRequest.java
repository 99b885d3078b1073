package org.jianding.bank.assembly;

import java.util.List;
import java.util.Map;

/**
 * Parallel forms for one exam session: one form per candidate, in the given order. {@code maxShared} caps how many
 * items any two forms of the session share; {@code exposure} counts earlier uses per item id; a non-NaN
 * {@code targetExpectedScore} fixes the expected score all forms are evened to (else the first form sets it).
 */
public record SessionRequest(
        long seed,
        List<Candidate> candidates,
        int maxShared,
        Map<String, Integer> exposure,
        double targetExpectedScore) {

    public SessionRequest {
        candidates = List.copyOf(candidates);
        exposure = Map.copyOf(exposure);
        if (maxShared < 0) {
            throw new IllegalArgumentException("maxShared must be >= 0");
        }
    }

    public static SessionRequest of(long seed, List<Candidate> candidates, int maxShared) {
        return new SessionRequest(seed, candidates, maxShared, Map.of(), Double.NaN);
    }

    public SessionRequest withExposure(Map<String, Integer> counts) {
        return new SessionRequest(seed, candidates, maxShared, counts, targetExpectedScore);
    }

    public SessionRequest withTarget(double expectedScore) {
        return new SessionRequest(seed, candidates, maxShared, exposure, expectedScore);
    }
}
