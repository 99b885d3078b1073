package org.jianding.app.competency;

import java.time.Instant;
import org.jianding.bank.Level;

/** Reads a person's competency profile; implemented by the competency record. */
public interface CompetencyProfiles {

    /**
     * The person's profile as it stood at {@code asOf}, against the standard that {@code post} and {@code level}
     * required in the model version current at that moment.
     */
    CompetencyProfile profile(long userId, long postId, Level level, Instant asOf);
}
