package org.jianding.app.grading;

import static org.jianding.app.grading.db.Tables.EXAM_RESULT;
import static org.jianding.app.grading.db.Tables.GRADING_TASK;
import static org.jianding.app.grading.db.Tables.SCORING_RULE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Scoring rules, marking tasks and results for the audit log, many in one query. */
@Repository
class GradingNameRepository {

    /** A rule version by its level rank and number. */
    record NamedRule(long id, int levelRank, int versionNo) {}

    /** A marking task by its question's position and round (never by whose answer it is: marking is blind). */
    record NamedTask(long id, int position, int roundNo) {}

    private final DSLContext db;

    GradingNameRepository(DSLContext db) {
        this.db = db;
    }

    List<NamedRule> rules(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.select(SCORING_RULE.ID, SCORING_RULE.LEVEL_RANK, SCORING_RULE.VERSION_NO)
                .from(SCORING_RULE)
                .where(SCORING_RULE.ID.in(ids))
                .fetch(r -> new NamedRule(r.value1(), r.value2(), r.value3()));
    }

    List<NamedTask> tasks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.select(GRADING_TASK.ID, GRADING_TASK.POSITION, GRADING_TASK.ROUND_NO)
                .from(GRADING_TASK)
                .where(GRADING_TASK.ID.in(ids))
                .fetch(r -> new NamedTask(r.value1(), r.value2(), r.value3()));
    }

    /** Whose each result is: the candidate's id by attempt id (unknown attempts are left out). */
    Map<Long, Long> resultHolders(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Map.of();
        }
        return db.select(EXAM_RESULT.ATTEMPT_ID, EXAM_RESULT.CANDIDATE_ID)
                .from(EXAM_RESULT)
                .where(EXAM_RESULT.ATTEMPT_ID.in(attemptIds))
                .fetchMap(EXAM_RESULT.ATTEMPT_ID, EXAM_RESULT.CANDIDATE_ID);
    }
}
