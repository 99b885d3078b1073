package org.jianding.app.exams;

import static org.jianding.app.exams.db.Tables.EXAM_ATTEMPT;
import static org.jianding.app.exams.db.Tables.EXAM_SESSION;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Names of sessions and attempts for the audit log, many in one query. */
@Repository
class ExamNameRepository {

    /** An attempt as the audit log names it: whose, in which session, which try. */
    record NamedAttempt(long id, String sessionTitle, long candidateId, int attemptNo) {}

    private final DSLContext db;

    ExamNameRepository(DSLContext db) {
        this.db = db;
    }

    /** Session titles by id (unknown ids are left out). */
    Map<Long, String> sessionTitles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(EXAM_SESSION.ID, EXAM_SESSION.TITLE)
                .from(EXAM_SESSION)
                .where(EXAM_SESSION.ID.in(ids))
                .fetchMap(EXAM_SESSION.ID, EXAM_SESSION.TITLE);
    }

    List<NamedAttempt> attempts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.select(EXAM_ATTEMPT.ID, EXAM_SESSION.TITLE, EXAM_ATTEMPT.CANDIDATE_ID, EXAM_ATTEMPT.ATTEMPT_NO)
                .from(EXAM_ATTEMPT)
                .join(EXAM_SESSION)
                .on(EXAM_SESSION.ID.eq(EXAM_ATTEMPT.SESSION_ID))
                .where(EXAM_ATTEMPT.ID.in(ids))
                .fetch(r -> new NamedAttempt(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
