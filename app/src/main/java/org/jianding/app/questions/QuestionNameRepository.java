package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Question stems for the audit log, many in one query. */
@Repository
class QuestionNameRepository {

    private final DSLContext db;

    QuestionNameRepository(DSLContext db) {
        this.db = db;
    }

    /** The plain text of each question's stem by id (unknown ids are left out). */
    Map<Long, String> stems(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(QUESTION.ID, QUESTION.STEM_TEXT)
                .from(QUESTION)
                .where(QUESTION.ID.in(ids))
                .fetchMap(QUESTION.ID, QUESTION.STEM_TEXT);
    }
}
