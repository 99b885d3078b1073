package org.jianding.app.statistics;

import static org.jianding.app.statistics.db.Tables.SESSION_RELIABILITY;

import java.time.Instant;
import java.util.Optional;
import org.jianding.app.shared.DuplicateKeys;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The kept reliability of each session (table session_reliability). */
@Repository
class ReliabilityRepository {

    private final DSLContext db;

    ReliabilityRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ScoreReliability.Reliability> find(long sessionId) {
        return db.select(SESSION_RELIABILITY.CANDIDATES, SESSION_RELIABILITY.ALPHA, SESSION_RELIABILITY.STANDARD_ERROR)
                .from(SESSION_RELIABILITY)
                .where(SESSION_RELIABILITY.SESSION_ID.eq(sessionId))
                .fetchOptional(r -> new ScoreReliability.Reliability(r.value1(), r.value2(), r.value3()));
    }

    void insertUnlessPresent(long sessionId, ScoreReliability.Reliability r, Instant at) {
        DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(SESSION_RELIABILITY)
                .set(SESSION_RELIABILITY.SESSION_ID, sessionId)
                .set(SESSION_RELIABILITY.CANDIDATES, r.candidates())
                .set(SESSION_RELIABILITY.ALPHA, r.alpha())
                .set(SESSION_RELIABILITY.STANDARD_ERROR, r.standardError())
                .set(SESSION_RELIABILITY.COMPUTED_AT, at)
                .execute());
    }
}
