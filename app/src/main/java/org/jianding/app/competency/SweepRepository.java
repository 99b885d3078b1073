package org.jianding.app.competency;

import static org.jianding.app.competency.db.Tables.COMPETENCY_SWEEP;

import java.time.Instant;
import java.util.Optional;
import org.jianding.app.shared.DuplicateKeys;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The watermark of each sweep (table competency_sweep): when its last complete run started. */
@Repository
class SweepRepository {

    private final DSLContext db;

    SweepRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Instant> sweptUntil(String name) {
        return db.select(COMPETENCY_SWEEP.SWEPT_UNTIL)
                .from(COMPETENCY_SWEEP)
                .where(COMPETENCY_SWEEP.NAME.eq(name))
                .fetchOptional(COMPETENCY_SWEEP.SWEPT_UNTIL);
    }

    /**
     * Moves the watermark forward to {@code until}; never back (a slower node finishing an older sweep). Callers run
     * it READ COMMITTED: under REPEATABLE READ the UPDATE that finds no row takes a gap lock, and two nodes' first
     * sweeps then each waited for the other's gap to insert (a deadlock, seen on the first write of two nodes). Read
     * committed takes no gap lock; the second insert waits for the first and meets its duplicate key. On a Galera
     * cluster two nodes' first sweeps conflict at commit instead, and the sweep is run again
     * ({@link org.jianding.app.shared.RetriedOnConflict}), finding the row.
     */
    void advance(String name, Instant until, Instant now) {
        int moved = db.update(COMPETENCY_SWEEP)
                .set(COMPETENCY_SWEEP.SWEPT_UNTIL, until)
                .set(COMPETENCY_SWEEP.UPDATED_AT, now)
                .where(COMPETENCY_SWEEP.NAME.eq(name))
                .and(COMPETENCY_SWEEP.SWEPT_UNTIL.lt(until))
                .execute();
        if (moved == 0) {
            // the first sweep of this name, or another node's first sweep got there at the same time
            DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(COMPETENCY_SWEEP)
                    .set(COMPETENCY_SWEEP.NAME, name)
                    .set(COMPETENCY_SWEEP.SWEPT_UNTIL, until)
                    .set(COMPETENCY_SWEEP.UPDATED_AT, now)
                    .execute());
        }
    }
}
