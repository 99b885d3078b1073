package org.jianding.app.grading;

import static org.jianding.app.grading.db.Tables.EXAM_RESULT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.shared.DuplicateKeys;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ResultRepository {

    /** What a new or re-computed result row holds. */
    record Row(
            long attemptId,
            long sessionId,
            long candidateId,
            long paperId,
            long ruleId,
            ResultStatus status,
            BigDecimal maxPoints,
            BigDecimal earnedPoints,
            BigDecimal standardScore,
            Boolean passed,
            String items,
            String itemMarks,
            String areas,
            String notes,
            Instant computedAt) {}

    private final DSLContext db;

    ResultRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Inserts first results in one multi-row statement, skipping attempts that already have one (another node
     * marked them first); returns how many rows were inserted.
     */
    int insertAll(List<Row> rows) {
        return DuplicateKeys.insertedUnlessPresent(rows, this::insertRows, r -> insertRows(List.of(r)));
    }

    private int insertRows(List<Row> rows) {
        var insert = db.insertInto(
                EXAM_RESULT,
                EXAM_RESULT.ATTEMPT_ID,
                EXAM_RESULT.SESSION_ID,
                EXAM_RESULT.CANDIDATE_ID,
                EXAM_RESULT.PAPER_ID,
                EXAM_RESULT.SCORING_RULE_ID,
                EXAM_RESULT.STATUS,
                EXAM_RESULT.MAX_POINTS,
                EXAM_RESULT.EARNED_POINTS,
                EXAM_RESULT.STANDARD_SCORE,
                EXAM_RESULT.PASSED,
                EXAM_RESULT.ITEMS,
                EXAM_RESULT.ITEM_MARKS,
                EXAM_RESULT.AREAS,
                EXAM_RESULT.NOTES,
                EXAM_RESULT.COMPUTED_AT);
        for (Row r : rows) {
            insert = insert.values(
                    r.attemptId(),
                    r.sessionId(),
                    r.candidateId(),
                    r.paperId(),
                    r.ruleId(),
                    r.status().name(),
                    r.maxPoints(),
                    r.earnedPoints(),
                    r.standardScore(),
                    r.passed(),
                    r.items(),
                    r.itemMarks(),
                    r.areas(),
                    r.notes(),
                    r.computedAt());
        }
        return insert.execute();
    }

    /** Replaces the computed part of a result (re-scoring), raising its revision. */
    void replace(Row r, boolean changedAfterRelease) {
        db.update(EXAM_RESULT)
                .set(EXAM_RESULT.SCORING_RULE_ID, r.ruleId())
                .set(EXAM_RESULT.STATUS, r.status().name())
                .set(EXAM_RESULT.MAX_POINTS, r.maxPoints())
                .set(EXAM_RESULT.EARNED_POINTS, r.earnedPoints())
                .set(EXAM_RESULT.STANDARD_SCORE, r.standardScore())
                .set(EXAM_RESULT.PASSED, r.passed())
                .set(EXAM_RESULT.ITEMS, r.items())
                .set(EXAM_RESULT.ITEM_MARKS, r.itemMarks())
                .set(EXAM_RESULT.AREAS, r.areas())
                .set(EXAM_RESULT.NOTES, r.notes())
                .set(EXAM_RESULT.COMPUTED_AT, r.computedAt())
                .set(EXAM_RESULT.REVISION, EXAM_RESULT.REVISION.plus(1))
                .set(
                        EXAM_RESULT.CHANGED_AFTER_RELEASE,
                        changedAfterRelease ? org.jooq.impl.DSL.val(true) : EXAM_RESULT.CHANGED_AFTER_RELEASE)
                .where(EXAM_RESULT.ATTEMPT_ID.eq(r.attemptId()))
                .execute();
    }

    Optional<ExamResultRecord> find(long attemptId) {
        return db.selectFrom(EXAM_RESULT)
                .where(EXAM_RESULT.ATTEMPT_ID.eq(attemptId))
                .fetchOptional();
    }

    Set<Long> existing(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(EXAM_RESULT.ATTEMPT_ID)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.ATTEMPT_ID.in(attemptIds))
                .fetch(EXAM_RESULT.ATTEMPT_ID));
    }

    List<ExamResultRecord> ofSession(long sessionId) {
        return db.selectFrom(EXAM_RESULT)
                .where(EXAM_RESULT.SESSION_ID.eq(sessionId))
                .orderBy(EXAM_RESULT.ATTEMPT_ID)
                .fetch();
    }

    /** A result's status and stored item marks, for statistics over a session. */
    record StoredItems(long attemptId, ResultStatus status, String items, String itemMarks, String areas) {}

    /**
     * Every result of the session with only its status, item marks (compact, or the JSON of a result written before
     * the compact form) and area derivation, in attempt order.
     */
    List<StoredItems> itemsOfSession(long sessionId) {
        // the JSON items only where the compact marks are missing (results written before they existed)
        return db.select(
                        EXAM_RESULT.ATTEMPT_ID,
                        EXAM_RESULT.STATUS,
                        DSL.when(EXAM_RESULT.ITEM_MARKS.isNull(), EXAM_RESULT.ITEMS),
                        EXAM_RESULT.ITEM_MARKS,
                        EXAM_RESULT.AREAS)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.SESSION_ID.eq(sessionId))
                .orderBy(EXAM_RESULT.ATTEMPT_ID)
                .fetch(r -> new StoredItems(
                        r.value1(), ResultStatus.valueOf(r.value2()), r.value3(), r.value4(), r.value5()));
    }

    /** The results of the attempts without their item marks (the largest column), for summaries. */
    List<ExamResultRecord> withoutItems(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return db.select(
                        EXAM_RESULT.ATTEMPT_ID,
                        EXAM_RESULT.SESSION_ID,
                        EXAM_RESULT.CANDIDATE_ID,
                        EXAM_RESULT.SCORING_RULE_ID,
                        EXAM_RESULT.STATUS,
                        EXAM_RESULT.STANDARD_SCORE,
                        EXAM_RESULT.PASSED,
                        EXAM_RESULT.AREAS,
                        EXAM_RESULT.REVISION,
                        EXAM_RESULT.RELEASED_AT,
                        EXAM_RESULT.CHANGED_AFTER_RELEASE)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.ATTEMPT_ID.in(attemptIds))
                .orderBy(EXAM_RESULT.ATTEMPT_ID)
                .fetchInto(EXAM_RESULT);
    }

    /** The released results of a candidate, attempt ids only. */
    List<Long> releasedOf(long candidateId) {
        return db.select(EXAM_RESULT.ATTEMPT_ID)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.CANDIDATE_ID.eq(candidateId))
                .and(EXAM_RESULT.RELEASED_AT.isNotNull())
                .orderBy(EXAM_RESULT.ATTEMPT_ID)
                .fetch(EXAM_RESULT.ATTEMPT_ID);
    }

    /** The released results of a session, attempt ids only. */
    List<Long> releasedIn(long sessionId) {
        return db.select(EXAM_RESULT.ATTEMPT_ID)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.SESSION_ID.eq(sessionId))
                .and(EXAM_RESULT.RELEASED_AT.isNotNull())
                .orderBy(EXAM_RESULT.ATTEMPT_ID)
                .fetch(EXAM_RESULT.ATTEMPT_ID);
    }

    /**
     * Released results released at or after {@code since}, or re-computed at or after it once released; every
     * released result for {@code since} null. A union of two range scans (ix_exam_result_released_at,
     * ix_exam_result_computed_at), in attempt order.
     */
    List<ReleasedRevision> releasedSince(Instant since) {
        var columns = List.of(EXAM_RESULT.ATTEMPT_ID, EXAM_RESULT.SESSION_ID, EXAM_RESULT.REVISION);
        org.jooq.ResultQuery<org.jooq.Record> query = since == null
                ? db.select(columns).from(EXAM_RESULT).where(EXAM_RESULT.RELEASED_AT.isNotNull())
                : db.select(columns)
                        .from(EXAM_RESULT)
                        .where(EXAM_RESULT.RELEASED_AT.ge(since))
                        .union(db.select(columns)
                                .from(EXAM_RESULT)
                                .where(EXAM_RESULT.COMPUTED_AT.ge(since))
                                .and(EXAM_RESULT.RELEASED_AT.isNotNull()));
        return query
                .fetch(r -> new ReleasedRevision(
                        r.get(EXAM_RESULT.ATTEMPT_ID), r.get(EXAM_RESULT.SESSION_ID), r.get(EXAM_RESULT.REVISION)))
                .stream()
                .sorted(java.util.Comparator.comparingLong(ReleasedRevision::attemptId))
                .toList();
    }

    List<ExamResultRecord> ofCandidate(long candidateId) {
        return db.selectFrom(EXAM_RESULT)
                .where(EXAM_RESULT.CANDIDATE_ID.eq(candidateId))
                .orderBy(EXAM_RESULT.COMPUTED_AT.desc())
                .fetch();
    }

    int unreleasedScored(long sessionId) {
        return db.fetchCount(
                EXAM_RESULT,
                EXAM_RESULT
                        .SESSION_ID
                        .eq(sessionId)
                        .and(EXAM_RESULT.RELEASED_AT.isNull())
                        .and(EXAM_RESULT.STATUS.eq(ResultStatus.SCORED.name())));
    }

    /** Per session: how many results are scored and not yet released, for sessions that have any. */
    java.util.Map<Long, Integer> unreleasedScoredBySession() {
        org.jooq.Field<Integer> n = DSL.count();
        return db.select(EXAM_RESULT.SESSION_ID, n)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.RELEASED_AT.isNull())
                .and(EXAM_RESULT.STATUS.eq(ResultStatus.SCORED.name()))
                .groupBy(EXAM_RESULT.SESSION_ID)
                .orderBy(EXAM_RESULT.SESSION_ID)
                .fetchMap(EXAM_RESULT.SESSION_ID, n);
    }

    /** Releases the scored, unreleased results of the session; returns the attempt ids released now. */
    List<Long> release(long sessionId, Instant now) {
        List<Long> ids = db.select(EXAM_RESULT.ATTEMPT_ID)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.SESSION_ID.eq(sessionId))
                .and(EXAM_RESULT.RELEASED_AT.isNull())
                .and(EXAM_RESULT.STATUS.eq(ResultStatus.SCORED.name()))
                .forUpdate()
                .fetch(EXAM_RESULT.ATTEMPT_ID);
        if (ids.isEmpty()) {
            return ids;
        }
        db.update(EXAM_RESULT)
                .set(EXAM_RESULT.RELEASED_AT, now)
                .where(EXAM_RESULT.ATTEMPT_ID.in(ids))
                .and(EXAM_RESULT.RELEASED_AT.isNull())
                .execute();
        return ids;
    }
}
