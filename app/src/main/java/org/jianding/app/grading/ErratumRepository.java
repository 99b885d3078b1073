package org.jianding.app.grading;

import static org.jianding.app.grading.db.Tables.EXAM_ERRATUM;
import static org.jianding.app.grading.db.Tables.EXAM_ERRATUM_CHANGE;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.grading.db.tables.records.ExamErratumRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ErratumRepository {

    private final DSLContext db;

    ErratumRepository(DSLContext db) {
        this.db = db;
    }

    long insert(
            long sessionId, long questionId, ErratumKind kind, String key, String reason, long userId, Instant now) {
        var r = db.newRecord(EXAM_ERRATUM);
        r.setSessionId(sessionId);
        r.setQuestionId(questionId);
        r.setKind(kind.name());
        r.setCorrectedKey(key);
        r.setReason(reason);
        r.setCreatedBy(userId);
        r.setCreatedAt(now);
        r.store();
        return r.getId();
    }

    void insertChange(long erratumId, ErratumChange c) {
        db.insertInto(EXAM_ERRATUM_CHANGE)
                .set(EXAM_ERRATUM_CHANGE.ERRATUM_ID, erratumId)
                .set(EXAM_ERRATUM_CHANGE.ATTEMPT_ID, c.attemptId())
                .set(EXAM_ERRATUM_CHANGE.BEFORE_EARNED, c.beforeEarned())
                .set(EXAM_ERRATUM_CHANGE.AFTER_EARNED, c.afterEarned())
                .set(EXAM_ERRATUM_CHANGE.BEFORE_SCORE, c.beforeScore())
                .set(EXAM_ERRATUM_CHANGE.AFTER_SCORE, c.afterScore())
                .set(EXAM_ERRATUM_CHANGE.BEFORE_PASSED, c.beforePassed())
                .set(EXAM_ERRATUM_CHANGE.AFTER_PASSED, c.afterPassed())
                .set(EXAM_ERRATUM_CHANGE.WAS_RELEASED, c.released())
                .execute();
    }

    /** Every erratum of the session, oldest first. */
    List<Erratum> ofSession(long sessionId) {
        return db.selectFrom(EXAM_ERRATUM)
                .where(EXAM_ERRATUM.SESSION_ID.eq(sessionId))
                .orderBy(EXAM_ERRATUM.ID)
                .fetch(ErratumRepository::toErratum);
    }

    /** The erratum that applies to each question of the session: the newest. */
    Map<Long, Erratum> latest(long sessionId) {
        Map<Long, Erratum> latest = new HashMap<>();
        ofSession(sessionId).forEach(e -> latest.put(e.questionId(), e));
        return latest;
    }

    private static Erratum toErratum(ExamErratumRecord r) {
        return new Erratum(
                r.getId(),
                r.getSessionId(),
                r.getQuestionId(),
                ErratumKind.valueOf(r.getKind()),
                r.getCorrectedKey(),
                r.getCorrectedKey() == null ? "" : ErratumKeys.text(r.getCorrectedKey()),
                r.getReason(),
                r.getCreatedBy(),
                r.getCreatedAt());
    }

    /** The changes of released results of this attempt, with their erratum, oldest first. */
    List<Notice> releasedChanges(long attemptId) {
        return db.select(
                        EXAM_ERRATUM.CREATED_AT,
                        EXAM_ERRATUM.REASON,
                        EXAM_ERRATUM_CHANGE.BEFORE_SCORE,
                        EXAM_ERRATUM_CHANGE.AFTER_SCORE)
                .from(EXAM_ERRATUM_CHANGE)
                .join(EXAM_ERRATUM)
                .on(EXAM_ERRATUM.ID.eq(EXAM_ERRATUM_CHANGE.ERRATUM_ID))
                .where(EXAM_ERRATUM_CHANGE.ATTEMPT_ID.eq(attemptId))
                .and(EXAM_ERRATUM_CHANGE.WAS_RELEASED.isTrue())
                .orderBy(EXAM_ERRATUM.ID)
                .fetch(r -> new Notice(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** What a candidate is told about a change to a released result. */
    record Notice(Instant at, String reason, java.math.BigDecimal before, java.math.BigDecimal after) {}
}
