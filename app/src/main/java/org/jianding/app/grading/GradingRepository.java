package org.jianding.app.grading;

import static org.jianding.app.grading.db.Tables.EXAM_RESULT;
import static org.jianding.app.grading.db.Tables.GRADING_ASSIGNMENT;
import static org.jianding.app.grading.db.Tables.GRADING_PLAN;
import static org.jianding.app.grading.db.Tables.GRADING_TASK;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jianding.app.grading.db.tables.GradingTask;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.grading.db.tables.records.GradingAssignmentRecord;
import org.jianding.app.grading.db.tables.records.GradingPlanRecord;
import org.jianding.app.grading.db.tables.records.GradingTaskRecord;
import org.jianding.app.shared.DuplicateKeys;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Plans, assignments and tasks of manual marking. */
@Repository
class GradingRepository {

    static final String OPEN = "OPEN";
    static final String CLAIMED = "CLAIMED";
    static final String DONE = "DONE";

    private final DSLContext db;

    GradingRepository(DSLContext db) {
        this.db = db;
    }

    Optional<GradingPlanRecord> plan(long sessionId) {
        return db.selectFrom(GRADING_PLAN)
                .where(GRADING_PLAN.SESSION_ID.eq(sessionId))
                .fetchOptional();
    }

    /** Creates the plan with its defaults unless one exists (two first visits at once keep one). */
    void insertPlanIfMissing(long sessionId, String salt, Instant now) {
        DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(GRADING_PLAN)
                .set(GRADING_PLAN.SESSION_ID, sessionId)
                .set(GRADING_PLAN.DOUBLE_MARKING, false)
                .set(GRADING_PLAN.TOLERANCE, BigDecimal.ZERO)
                .set(GRADING_PLAN.EXCLUDE_OWN_UNIT, false)
                .set(GRADING_PLAN.LABEL_SALT, salt)
                .set(GRADING_PLAN.UPDATED_AT, now)
                .execute());
    }

    void updatePlan(
            long sessionId, boolean doubleMarking, BigDecimal tolerance, boolean excludeOwnUnit, long by, Instant now) {
        db.update(GRADING_PLAN)
                .set(GRADING_PLAN.DOUBLE_MARKING, doubleMarking)
                .set(GRADING_PLAN.TOLERANCE, tolerance)
                .set(GRADING_PLAN.EXCLUDE_OWN_UNIT, excludeOwnUnit)
                .set(GRADING_PLAN.UPDATED_BY, by)
                .set(GRADING_PLAN.UPDATED_AT, now)
                .where(GRADING_PLAN.SESSION_ID.eq(sessionId))
                .execute();
    }

    List<GradingAssignmentRecord> assignments(long sessionId) {
        return db.selectFrom(GRADING_ASSIGNMENT)
                .where(GRADING_ASSIGNMENT.SESSION_ID.eq(sessionId))
                .orderBy(GRADING_ASSIGNMENT.QUESTION_ID, GRADING_ASSIGNMENT.ROLE, GRADING_ASSIGNMENT.GRADER_ID)
                .fetch();
    }

    /** The sessions that have at least one grader assigned. */
    java.util.Set<Long> sessionsWithGraders() {
        return new java.util.HashSet<>(db.selectDistinct(GRADING_ASSIGNMENT.SESSION_ID)
                .from(GRADING_ASSIGNMENT)
                .where(GRADING_ASSIGNMENT.ROLE.eq(GradingPlan.Role.MARKER.name()))
                .fetch(GRADING_ASSIGNMENT.SESSION_ID));
    }

    List<GradingAssignmentRecord> assignmentsOf(long graderId) {
        return db.selectFrom(GRADING_ASSIGNMENT)
                .where(GRADING_ASSIGNMENT.GRADER_ID.eq(graderId))
                .orderBy(GRADING_ASSIGNMENT.SESSION_ID, GRADING_ASSIGNMENT.QUESTION_ID)
                .fetch();
    }

    void replaceAssignments(long sessionId, long questionId, Collection<GradingPlan.Assignment> assignments) {
        db.deleteFrom(GRADING_ASSIGNMENT)
                .where(GRADING_ASSIGNMENT.SESSION_ID.eq(sessionId))
                .and(GRADING_ASSIGNMENT.QUESTION_ID.eq(questionId))
                .execute();
        for (GradingPlan.Assignment a : assignments) {
            DuplicateKeys.insertedUnlessPresent(() -> db.insertInto(GRADING_ASSIGNMENT)
                    .set(GRADING_ASSIGNMENT.SESSION_ID, sessionId)
                    .set(GRADING_ASSIGNMENT.QUESTION_ID, questionId)
                    .set(GRADING_ASSIGNMENT.GRADER_ID, a.graderId())
                    .set(GRADING_ASSIGNMENT.ROLE, a.role().name())
                    .execute());
        }
    }

    /** Results of the session that wait for graders. */
    List<ExamResultRecord> waiting(long sessionId) {
        return db.selectFrom(EXAM_RESULT)
                .where(EXAM_RESULT.SESSION_ID.eq(sessionId))
                .and(EXAM_RESULT.STATUS.eq(ResultStatus.GRADING.name()))
                .fetch();
    }

    /** The result row of an attempt, locked until the transaction ends: finalising an attempt is serialised. */
    Optional<ExamResultRecord> lockResult(long attemptId) {
        return db.selectFrom(EXAM_RESULT)
                .where(EXAM_RESULT.ATTEMPT_ID.eq(attemptId))
                .forUpdate()
                .fetchOptional();
    }

    void insertTasks(List<GradingTaskRecord> tasks) {
        for (GradingTaskRecord t : tasks) {
            DuplicateKeys.insertedUnlessPresent(
                    () -> db.insertInto(GRADING_TASK).set(t).execute());
        }
    }

    int deleteUndoneSecondRounds(long sessionId) {
        return db.deleteFrom(GRADING_TASK)
                .where(GRADING_TASK.SESSION_ID.eq(sessionId))
                .and(GRADING_TASK.ROUND_NO.eq(2))
                .and(GRADING_TASK.STATUS.ne(DONE))
                .execute();
    }

    /** Grading tasks of every session that no grader has finished yet. */
    int undoneCount() {
        return db.fetchCount(GRADING_TASK, GRADING_TASK.STATUS.ne(DONE));
    }

    int doneCount(long sessionId) {
        return db.fetchCount(GRADING_TASK, GRADING_TASK.SESSION_ID.eq(sessionId).and(GRADING_TASK.STATUS.eq(DONE)));
    }

    Optional<GradingTaskRecord> find(long taskId) {
        return db.selectFrom(GRADING_TASK).where(GRADING_TASK.ID.eq(taskId)).fetchOptional();
    }

    Optional<GradingTaskRecord> lock(long taskId) {
        return db.selectFrom(GRADING_TASK)
                .where(GRADING_TASK.ID.eq(taskId))
                .forUpdate()
                .fetchOptional();
    }

    List<GradingTaskRecord> ofAttemptLocked(long attemptId) {
        return db.selectFrom(GRADING_TASK)
                .where(GRADING_TASK.ATTEMPT_ID.eq(attemptId))
                .orderBy(GRADING_TASK.POSITION, GRADING_TASK.PART_NO, GRADING_TASK.ROUND_NO)
                .forUpdate()
                .fetch();
    }

    List<GradingTaskRecord> ofSession(long sessionId) {
        return db.selectFrom(GRADING_TASK)
                .where(GRADING_TASK.SESSION_ID.eq(sessionId))
                .orderBy(GRADING_TASK.ID)
                .fetch();
    }

    /** This grader's tasks of a question, done ones first in the order marked, then the one in hand. */
    List<GradingTaskRecord> mine(long sessionId, long questionId, long graderId) {
        return db.selectFrom(GRADING_TASK)
                .where(GRADING_TASK.SESSION_ID.eq(sessionId))
                .and(GRADING_TASK.QUESTION_ID.eq(questionId))
                .and(GRADING_TASK.GRADER_ID.eq(graderId))
                .and(GRADING_TASK.STATUS.in(CLAIMED, DONE))
                .orderBy(DSL.when(GRADING_TASK.STATUS.eq(DONE), 0).otherwise(1), GRADING_TASK.DONE_AT, GRADING_TASK.ID)
                .fetch();
    }

    /**
     * Open tasks this grader may take: of these rounds, not of a part the grader already marks in another round,
     * not of a candidate in the excluded units; claims older than {@code staleBefore} count as open.
     */
    List<Long> claimable(
            long sessionId,
            long questionId,
            Collection<Integer> rounds,
            long graderId,
            Collection<Long> excludedUnits,
            Instant staleBefore,
            int limit) {
        return db.select(GRADING_TASK.ID)
                .from(GRADING_TASK)
                .where(claimableBy(sessionId, questionId, rounds, graderId, excludedUnits, staleBefore))
                .orderBy(GRADING_TASK.ID)
                .limit(limit)
                .fetch(GRADING_TASK.ID);
    }

    /** How many parts (not tasks: a grader marks one round of a part at most) this grader may still take. */
    int claimableParts(
            long sessionId,
            long questionId,
            Collection<Integer> rounds,
            long graderId,
            Collection<Long> excludedUnits,
            Instant staleBefore) {
        return new java.util.HashSet<>(db.select(GRADING_TASK.ATTEMPT_ID, GRADING_TASK.POSITION, GRADING_TASK.PART_NO)
                        .from(GRADING_TASK)
                        .where(claimableBy(sessionId, questionId, rounds, graderId, excludedUnits, staleBefore))
                        .fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3()))
                .size();
    }

    private static Condition claimableBy(
            long sessionId,
            long questionId,
            Collection<Integer> rounds,
            long graderId,
            Collection<Long> excludedUnits,
            Instant staleBefore) {
        GradingTask other = GRADING_TASK.as("other");
        Condition units = excludedUnits.isEmpty()
                ? DSL.noCondition()
                : GRADING_TASK.CANDIDATE_UNIT_ID.isNull().or(GRADING_TASK.CANDIDATE_UNIT_ID.notIn(excludedUnits));
        return GRADING_TASK
                .SESSION_ID
                .eq(sessionId)
                .and(GRADING_TASK.QUESTION_ID.eq(questionId))
                .and(GRADING_TASK.ROUND_NO.in(rounds))
                .and(open(staleBefore))
                .and(units)
                .andNotExists(DSL.selectOne()
                        .from(other)
                        .where(other.ATTEMPT_ID.eq(GRADING_TASK.ATTEMPT_ID))
                        .and(other.POSITION.eq(GRADING_TASK.POSITION))
                        .and(other.PART_NO.eq(GRADING_TASK.PART_NO))
                        .and(other.ID.ne(GRADING_TASK.ID))
                        .and(other.GRADER_ID.eq(graderId)));
    }

    /** Takes a task if it is still open: 1 if this grader has it now, 0 if someone was quicker. */
    int claim(long taskId, long graderId, Instant now, Instant staleBefore) {
        return db.update(GRADING_TASK)
                .set(GRADING_TASK.STATUS, CLAIMED)
                .set(GRADING_TASK.GRADER_ID, graderId)
                .set(GRADING_TASK.CLAIMED_AT, now)
                .where(GRADING_TASK.ID.eq(taskId))
                .and(open(staleBefore))
                .execute();
    }

    void release(long taskId, long graderId) {
        db.update(GRADING_TASK)
                .set(GRADING_TASK.STATUS, OPEN)
                .setNull(GRADING_TASK.GRADER_ID)
                .setNull(GRADING_TASK.CLAIMED_AT)
                .where(GRADING_TASK.ID.eq(taskId))
                .and(GRADING_TASK.GRADER_ID.eq(graderId))
                .and(GRADING_TASK.STATUS.eq(CLAIMED))
                .execute();
    }

    void score(long taskId, String scores, BigDecimal total, String comment, Instant now) {
        db.update(GRADING_TASK)
                .set(GRADING_TASK.STATUS, DONE)
                .set(GRADING_TASK.SCORES, scores)
                .set(GRADING_TASK.TOTAL, total)
                .set(GRADING_TASK.COMMENT_TEXT, comment)
                .set(GRADING_TASK.DONE_AT, now)
                .where(GRADING_TASK.ID.eq(taskId))
                .execute();
    }

    long paperOf(long attemptId) {
        return db.select(EXAM_RESULT.PAPER_ID)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.ATTEMPT_ID.eq(attemptId))
                .fetchOne(EXAM_RESULT.PAPER_ID);
    }

    /** Any task of the question in the session (to read the question at the version its paper pins). */
    Optional<GradingTaskRecord> sample(long sessionId, long questionId) {
        return db.selectFrom(GRADING_TASK)
                .where(GRADING_TASK.SESSION_ID.eq(sessionId))
                .and(GRADING_TASK.QUESTION_ID.eq(questionId))
                .orderBy(GRADING_TASK.ID)
                .limit(1)
                .fetchOptional();
    }

    List<Long> questionsOf(long sessionId) {
        return db.selectDistinct(GRADING_TASK.QUESTION_ID)
                .from(GRADING_TASK)
                .where(GRADING_TASK.SESSION_ID.eq(sessionId))
                .orderBy(GRADING_TASK.QUESTION_ID)
                .fetch(GRADING_TASK.QUESTION_ID);
    }

    /** Keys attempt:position:part:round of the tasks a session already has. */
    java.util.Set<String> taskKeys(long sessionId) {
        return new java.util.HashSet<>(
                db.select(GRADING_TASK.ATTEMPT_ID, GRADING_TASK.POSITION, GRADING_TASK.PART_NO, GRADING_TASK.ROUND_NO)
                        .from(GRADING_TASK)
                        .where(GRADING_TASK.SESSION_ID.eq(sessionId))
                        .fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3() + ":" + r.value4()));
    }

    List<GradingTaskRecord> ofPart(long attemptId, int position, int partNo) {
        return db.selectFrom(GRADING_TASK)
                .where(GRADING_TASK.ATTEMPT_ID.eq(attemptId))
                .and(GRADING_TASK.POSITION.eq(position))
                .and(GRADING_TASK.PART_NO.eq(partNo))
                .orderBy(GRADING_TASK.ROUND_NO)
                .fetch();
    }

    private static Condition open(Instant staleBefore) {
        return GRADING_TASK
                .STATUS
                .eq(OPEN)
                .or(GRADING_TASK.STATUS.eq(CLAIMED).and(GRADING_TASK.CLAIMED_AT.lt(staleBefore)));
    }
}
