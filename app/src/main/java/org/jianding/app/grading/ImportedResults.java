package org.jianding.app.grading;

import static org.jianding.app.grading.db.Tables.EXAM_ERRATUM_CHANGE;
import static org.jianding.app.grading.db.Tables.EXAM_RESULT;
import static org.jianding.app.grading.db.Tables.GRADING_TASK;

import java.util.List;
import org.jianding.app.shared.DomainException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading's side of a 纸笔考试 import: whether the session's results are released (then an import is refused and
 * corrections go through errata), removing the unreleased results of an earlier import before it is replaced, and
 * marking the imported attempts at once, inside the import's transaction, by the same {@link Marking} as online
 * hand-ins.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ImportedResults {

    private final DSLContext db;
    private final Marking marking;

    ImportedResults(DSLContext db, Marking marking) {
        this.db = db;
        this.marking = marking;
    }

    /** How many of the session's results have been released to their candidates. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public int released(long sessionId) {
        return db.fetchCount(
                EXAM_RESULT, EXAM_RESULT.SESSION_ID.eq(sessionId).and(EXAM_RESULT.RELEASED_AT.isNotNull()));
    }

    /** Removes the results (and grading tasks, erratum changes) of these attempts; refused once any is released. */
    public void removeUnreleased(long sessionId, List<Long> attemptIds) {
        if (released(sessionId) > 0) {
            throw DomainException.conflict("grading.paper.released");
        }
        if (attemptIds.isEmpty()) {
            return;
        }
        db.deleteFrom(EXAM_ERRATUM_CHANGE)
                .where(EXAM_ERRATUM_CHANGE.ATTEMPT_ID.in(attemptIds))
                .execute();
        db.deleteFrom(GRADING_TASK)
                .where(GRADING_TASK.ATTEMPT_ID.in(attemptIds))
                .execute();
        db.deleteFrom(EXAM_RESULT).where(EXAM_RESULT.ATTEMPT_ID.in(attemptIds)).execute();
    }

    /** Marks the imported attempts now; returns how many results were stored. */
    public int mark(List<Long> attemptIds) {
        int stored = 0;
        for (int from = 0; from < attemptIds.size(); from += 200) {
            stored += marking.markAll(attemptIds.subList(from, Math.min(attemptIds.size(), from + 200)));
        }
        return stored;
    }
}
