package org.jianding.app.papers;

import static org.jianding.app.papers.db.Tables.PAPER;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Paper names for the audit log, many in one query. */
@Repository
class PaperNameRepository {

    private final DSLContext db;

    PaperNameRepository(DSLContext db) {
        this.db = db;
    }

    /** Paper titles by id (unknown ids are left out). */
    Map<Long, String> titles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(PAPER.ID, PAPER.TITLE)
                .from(PAPER)
                .where(PAPER.ID.in(ids))
                .fetchMap(PAPER.ID, PAPER.TITLE);
    }
}
