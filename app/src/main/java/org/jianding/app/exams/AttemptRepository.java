package org.jianding.app.exams;

import static org.jianding.app.exams.db.Tables.EXAM_ANSWER;
import static org.jianding.app.exams.db.Tables.EXAM_ATTEMPT;
import static org.jianding.app.exams.db.Tables.EXAM_INTEGRITY_EVENT;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Attempts, answers and integrity events. Every state change of an attempt is one conditional UPDATE on its row,
 * so two nodes (or a candidate's hand-in racing the deadline job) can never both succeed.
 */
@Repository
class AttemptRepository {

    /** A stored answer: the JSON the candidate gave (null when cleared), the flag, and the save that wrote it. */
    record StoredAnswer(int position, String answer, boolean flagged, long seq, Instant savedAt) {}

    /** One integrity event. */
    record Event(long id, long attemptId, IntegrityKind kind, String detail, Instant occurredAt) {}

    private final DSLContext db;

    AttemptRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts attempt number {@code attemptNo}; empty if it already exists (a concurrent start won). */
    Optional<Long> insert(
            long sessionId,
            long candidateId,
            int attemptNo,
            long paperId,
            Instant startedAt,
            Instant deadline,
            long shuffleSeed,
            String clientId) {
        try {
            return Optional.of(db.insertInto(EXAM_ATTEMPT)
                    .set(EXAM_ATTEMPT.SESSION_ID, sessionId)
                    .set(EXAM_ATTEMPT.CANDIDATE_ID, candidateId)
                    .set(EXAM_ATTEMPT.ATTEMPT_NO, attemptNo)
                    .set(EXAM_ATTEMPT.PAPER_ID, paperId)
                    .set(EXAM_ATTEMPT.STATUS, AttemptStatus.OPEN.name())
                    .set(EXAM_ATTEMPT.STARTED_AT, startedAt)
                    .set(EXAM_ATTEMPT.DEADLINE_AT, deadline)
                    .set(EXAM_ATTEMPT.SHUFFLE_SEED, shuffleSeed)
                    .set(EXAM_ATTEMPT.CLIENT_ID, clientId)
                    .set(EXAM_ATTEMPT.LAST_SEEN_AT, startedAt)
                    .returning(EXAM_ATTEMPT.ID)
                    .fetchOne()
                    .getId());
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    Optional<ExamAttemptRecord> find(long id) {
        return db.selectFrom(EXAM_ATTEMPT).where(EXAM_ATTEMPT.ID.eq(id)).fetchOptional();
    }

    /** Locks the attempt's row for the rest of the transaction. */
    Optional<ExamAttemptRecord> lock(long id) {
        return db.selectFrom(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.ID.eq(id))
                .forUpdate()
                .fetchOptional();
    }

    /** The candidate's attempts in a session, oldest first. */
    List<ExamAttemptRecord> attempts(long sessionId, long candidateId) {
        return db.selectFrom(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId).and(EXAM_ATTEMPT.CANDIDATE_ID.eq(candidateId)))
                .orderBy(EXAM_ATTEMPT.ATTEMPT_NO)
                .fetch();
    }

    /**
     * Attempt number {@code attemptNo}, read with a lock, so it is seen even when committed after this transaction's
     * snapshot was taken. On MySQL and MariaDB a shared lock: the failed duplicate insert before this read already
     * holds one on the row, and two callers each asking to upgrade theirs to an exclusive lock would deadlock. H2
     * knows no shared row lock (it rejects FOR SHARE) and keeps no lock after a failed insert, so there an exclusive
     * lock is right.
     */
    Optional<ExamAttemptRecord> lockedAttempt(long sessionId, long candidateId, int attemptNo) {
        var read = db.selectFrom(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .and(EXAM_ATTEMPT.CANDIDATE_ID.eq(candidateId))
                .and(EXAM_ATTEMPT.ATTEMPT_NO.eq(attemptNo));
        return (db.dialect().family() == SQLDialect.H2 ? read.forUpdate() : read.forShare()).fetchOptional();
    }

    int countOf(long sessionId, long candidateId) {
        return db.fetchCount(
                EXAM_ATTEMPT, EXAM_ATTEMPT.SESSION_ID.eq(sessionId).and(EXAM_ATTEMPT.CANDIDATE_ID.eq(candidateId)));
    }

    List<ExamAttemptRecord> ofSession(long sessionId) {
        return db.selectFrom(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .orderBy(EXAM_ATTEMPT.CANDIDATE_ID, EXAM_ATTEMPT.ATTEMPT_NO)
                .fetch();
    }

    List<ExamAttemptRecord> ofCandidate(long candidateId) {
        return db.selectFrom(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.CANDIDATE_ID.eq(candidateId))
                .fetch();
    }

    /**
     * Takes a save for an open attempt whose deadline (plus grace) has not passed: raises last_seq and the save
     * time. False when the attempt is submitted or out of time; the row stays locked until commit, so a submission
     * waits for a save in flight and then sees its answer.
     */
    boolean acceptSave(long attemptId, long seq, Instant now, Instant deadlineNotBefore) {
        return db.update(EXAM_ATTEMPT)
                        .set(EXAM_ATTEMPT.LAST_SEQ, DSL.greatest(EXAM_ATTEMPT.LAST_SEQ, DSL.val(seq)))
                        .set(EXAM_ATTEMPT.LAST_SAVE_AT, now)
                        .set(EXAM_ATTEMPT.LAST_SEEN_AT, now)
                        .where(EXAM_ATTEMPT.ID.eq(attemptId))
                        .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.OPEN.name()))
                        .and(EXAM_ATTEMPT.DEADLINE_AT.gt(deadlineNotBefore))
                        .execute()
                == 1;
    }

    /**
     * Writes an answer unless a save with a higher (or the same) sequence number already wrote this question.
     * True when this save is now the stored one.
     */
    boolean upsertAnswer(long attemptId, int position, String answer, boolean flagged, long seq, Instant now) {
        if (updateIfNewer(attemptId, position, answer, flagged, seq, now)) {
            return true;
        }
        try {
            db.insertInto(EXAM_ANSWER)
                    .set(EXAM_ANSWER.ATTEMPT_ID, attemptId)
                    .set(EXAM_ANSWER.POSITION, position)
                    .set(EXAM_ANSWER.ANSWER, answer)
                    .set(EXAM_ANSWER.FLAGGED, flagged)
                    .set(EXAM_ANSWER.SEQ, seq)
                    .set(EXAM_ANSWER.SAVED_AT, now)
                    .execute();
            return true;
        } catch (DuplicateKeyException e) {
            // the row exists: either with a newer save (ours is stale) or a concurrent older one (we win now)
            return updateIfNewer(attemptId, position, answer, flagged, seq, now);
        }
    }

    private boolean updateIfNewer(long attemptId, int position, String answer, boolean flagged, long seq, Instant now) {
        return db.update(EXAM_ANSWER)
                        .set(EXAM_ANSWER.ANSWER, answer)
                        .set(EXAM_ANSWER.FLAGGED, flagged)
                        .set(EXAM_ANSWER.SEQ, seq)
                        .set(EXAM_ANSWER.SAVED_AT, now)
                        .where(EXAM_ANSWER.ATTEMPT_ID.eq(attemptId))
                        .and(EXAM_ANSWER.POSITION.eq(position))
                        .and(EXAM_ANSWER.SEQ.lt(seq))
                        .execute()
                == 1;
    }

    List<StoredAnswer> answers(long attemptId) {
        return db.selectFrom(EXAM_ANSWER)
                .where(EXAM_ANSWER.ATTEMPT_ID.eq(attemptId))
                .orderBy(EXAM_ANSWER.POSITION)
                .fetch(r ->
                        new StoredAnswer(r.getPosition(), r.getAnswer(), r.getFlagged(), r.getSeq(), r.getSavedAt()));
    }

    /** Answered questions (a non-empty answer) per attempt. */
    Map<Long, Integer> answeredCounts(Collection<Long> attemptIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (attemptIds.isEmpty()) {
            return counts;
        }
        db.select(EXAM_ANSWER.ATTEMPT_ID, DSL.count())
                .from(EXAM_ANSWER)
                .where(EXAM_ANSWER.ATTEMPT_ID.in(attemptIds))
                .and(EXAM_ANSWER.ANSWER.isNotNull())
                .groupBy(EXAM_ANSWER.ATTEMPT_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    void seen(long attemptId, Instant now) {
        db.update(EXAM_ATTEMPT)
                .set(EXAM_ATTEMPT.LAST_SEEN_AT, now)
                .where(EXAM_ATTEMPT.ID.eq(attemptId))
                .execute();
    }

    void setClient(long attemptId, String clientId, Instant now) {
        db.update(EXAM_ATTEMPT)
                .set(EXAM_ATTEMPT.CLIENT_ID, clientId)
                .set(EXAM_ATTEMPT.LAST_SEEN_AT, now)
                .where(EXAM_ATTEMPT.ID.eq(attemptId))
                .execute();
    }

    /** Submits an open attempt; true only for the one caller that did it. */
    boolean submit(long attemptId, SubmitReason reason, Instant now) {
        return db.update(EXAM_ATTEMPT)
                        .set(EXAM_ATTEMPT.STATUS, AttemptStatus.SUBMITTED.name())
                        .set(EXAM_ATTEMPT.SUBMITTED_AT, now)
                        .set(EXAM_ATTEMPT.SUBMIT_REASON, reason.name())
                        .where(EXAM_ATTEMPT.ID.eq(attemptId))
                        .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.OPEN.name()))
                        .execute()
                == 1;
    }

    void setDeadline(long attemptId, Instant deadline) {
        db.update(EXAM_ATTEMPT)
                .set(EXAM_ATTEMPT.DEADLINE_AT, deadline)
                .where(EXAM_ATTEMPT.ID.eq(attemptId))
                .execute();
    }

    /** Opens a submitted attempt again with a new deadline; its answers stay. */
    boolean reopen(long attemptId, Instant deadline) {
        return db.update(EXAM_ATTEMPT)
                        .set(EXAM_ATTEMPT.STATUS, AttemptStatus.OPEN.name())
                        .set(EXAM_ATTEMPT.SUBMITTED_AT, (Instant) null)
                        .set(EXAM_ATTEMPT.SUBMIT_REASON, (String) null)
                        .set(EXAM_ATTEMPT.DEADLINE_AT, deadline)
                        .where(EXAM_ATTEMPT.ID.eq(attemptId))
                        .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()))
                        .execute()
                == 1;
    }

    /** Open attempts whose deadline is before {@code threshold}, oldest first. */
    List<Long> due(Instant threshold, int limit) {
        return db.select(EXAM_ATTEMPT.ID)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.OPEN.name()))
                .and(EXAM_ATTEMPT.DEADLINE_AT.lt(threshold))
                .orderBy(EXAM_ATTEMPT.DEADLINE_AT)
                .limit(limit)
                .fetch(EXAM_ATTEMPT.ID);
    }

    /** Attempts open now, on every node. */
    int countOpen() {
        return db.fetchCount(EXAM_ATTEMPT, EXAM_ATTEMPT.STATUS.eq(AttemptStatus.OPEN.name()));
    }

    /** The earliest deadline of an attempt still open although its deadline was before {@code threshold}. */
    Optional<Instant> oldestOverdueDeadline(Instant threshold) {
        return db.select(DSL.min(EXAM_ATTEMPT.DEADLINE_AT))
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.OPEN.name()))
                .and(EXAM_ATTEMPT.DEADLINE_AT.lt(threshold))
                .fetchOptional(0, Instant.class);
    }

    /** Counts one more focus loss and returns the new count. */
    int addFocusLoss(long attemptId) {
        db.update(EXAM_ATTEMPT)
                .set(EXAM_ATTEMPT.FOCUS_LOSSES, EXAM_ATTEMPT.FOCUS_LOSSES.plus(1))
                .where(EXAM_ATTEMPT.ID.eq(attemptId))
                .execute();
        return db.select(EXAM_ATTEMPT.FOCUS_LOSSES)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.ID.eq(attemptId))
                .fetchOne(EXAM_ATTEMPT.FOCUS_LOSSES);
    }

    void addEvent(long attemptId, IntegrityKind kind, String detail, Instant now) {
        db.insertInto(EXAM_INTEGRITY_EVENT)
                .set(EXAM_INTEGRITY_EVENT.ATTEMPT_ID, attemptId)
                .set(EXAM_INTEGRITY_EVENT.KIND, kind.name())
                .set(EXAM_INTEGRITY_EVENT.DETAIL, detail)
                .set(EXAM_INTEGRITY_EVENT.OCCURRED_AT, now)
                .execute();
    }

    List<Event> events(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(EXAM_INTEGRITY_EVENT)
                .where(EXAM_INTEGRITY_EVENT.ATTEMPT_ID.in(attemptIds))
                .orderBy(EXAM_INTEGRITY_EVENT.OCCURRED_AT.desc(), EXAM_INTEGRITY_EVENT.ID.desc())
                .fetch(r -> new Event(
                        r.getId(),
                        r.getAttemptId(),
                        IntegrityKind.valueOf(r.getKind()),
                        r.getDetail(),
                        r.getOccurredAt()));
    }
}
