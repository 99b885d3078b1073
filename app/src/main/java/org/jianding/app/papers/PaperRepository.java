package org.jianding.app.papers;

import static org.jianding.app.papers.db.Tables.PAPER;
import static org.jianding.app.papers.db.Tables.PAPER_ITEM;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.papers.db.tables.records.PaperRecord;
import org.jianding.bank.item.QuestionType;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The paper tables. Items are written with the paper; a swap replaces one item of a draft. */
@Repository
class PaperRepository {

    /** One stored item: position, section, question and pinned version, points. */
    record Item(int position, QuestionType section, long questionId, long versionId, int points) {}

    /** What a new paper row holds. */
    record NewPaper(
            long blueprintVersionId,
            PaperKind kind,
            PaperStatus status,
            long seed,
            String title,
            Long candidateId,
            Long createdBy,
            Instant now) {}

    private final DSLContext db;

    PaperRepository(DSLContext db) {
        this.db = db;
    }

    long insert(NewPaper p, List<Item> items) {
        long id = db.insertInto(PAPER)
                .set(PAPER.BLUEPRINT_VERSION_ID, p.blueprintVersionId())
                .set(PAPER.KIND, p.kind().name())
                .set(PAPER.STATUS, p.status().name())
                .set(PAPER.SEED, p.seed())
                .set(PAPER.TITLE, p.title())
                .set(PAPER.CANDIDATE_ID, p.candidateId())
                .set(PAPER.CREATED_BY, p.createdBy())
                .set(PAPER.CREATED_AT, p.now())
                .set(PAPER.UPDATED_AT, p.now())
                .set(PAPER.PUBLISHED_AT, p.status() == PaperStatus.PUBLISHED ? p.now() : null)
                .returning(PAPER.ID)
                .fetchOne()
                .getId();
        var insert = db.insertInto(
                PAPER_ITEM,
                PAPER_ITEM.PAPER_ID,
                PAPER_ITEM.POSITION,
                PAPER_ITEM.SECTION,
                PAPER_ITEM.QUESTION_ID,
                PAPER_ITEM.QUESTION_VERSION_ID,
                PAPER_ITEM.POINTS);
        for (Item item : items) {
            insert = insert.values(
                    id, item.position(), item.section().name(), item.questionId(), item.versionId(), item.points());
        }
        insert.execute();
        return id;
    }

    Optional<PaperRecord> find(long id) {
        return db.selectFrom(PAPER).where(PAPER.ID.eq(id)).fetchOptional();
    }

    List<PaperRecord> list(PaperKind kind, int limit) {
        return list(kind, null, limit);
    }

    List<PaperRecord> list(PaperKind kind, PaperStatus status, int limit) {
        return db.selectFrom(PAPER)
                .where(filter(kind, status))
                .orderBy(PAPER.ID.desc())
                .limit(limit)
                .fetch();
    }

    int count(PaperKind kind, PaperStatus status) {
        return db.fetchCount(PAPER, filter(kind, status));
    }

    private static org.jooq.Condition filter(PaperKind kind, PaperStatus status) {
        var where = kind == null ? DSL.noCondition() : PAPER.KIND.eq(kind.name());
        return status == null ? where : where.and(PAPER.STATUS.eq(status.name()));
    }

    List<Item> items(long paperId) {
        return db.selectFrom(PAPER_ITEM)
                .where(PAPER_ITEM.PAPER_ID.eq(paperId))
                .orderBy(PAPER_ITEM.POSITION)
                .fetch(r -> new Item(
                        r.getPosition(),
                        QuestionType.valueOf(r.getSection()),
                        r.getQuestionId(),
                        r.getQuestionVersionId(),
                        r.getPoints()));
    }

    /** The papers that hold the question (at any version), by id. */
    List<Long> papersWithQuestion(long questionId) {
        return db.selectDistinct(PAPER_ITEM.PAPER_ID)
                .from(PAPER_ITEM)
                .where(PAPER_ITEM.QUESTION_ID.eq(questionId))
                .orderBy(PAPER_ITEM.PAPER_ID)
                .fetch(PAPER_ITEM.PAPER_ID);
    }

    /** Items per paper for a list of papers (count and points), for summaries. */
    Map<Long, int[]> sizes(Collection<Long> paperIds) {
        Map<Long, int[]> sizes = new HashMap<>();
        db.select(PAPER_ITEM.PAPER_ID, DSL.count(), DSL.sum(PAPER_ITEM.POINTS))
                .from(PAPER_ITEM)
                .where(PAPER_ITEM.PAPER_ID.in(paperIds))
                .groupBy(PAPER_ITEM.PAPER_ID)
                .forEach(r ->
                        sizes.put(r.value1(), new int[] {r.value2(), r.value3().intValue()}));
        return sizes;
    }

    void replaceItem(long paperId, int position, long questionId, long versionId, Instant now) {
        db.update(PAPER_ITEM)
                .set(PAPER_ITEM.QUESTION_ID, questionId)
                .set(PAPER_ITEM.QUESTION_VERSION_ID, versionId)
                .where(PAPER_ITEM.PAPER_ID.eq(paperId), PAPER_ITEM.POSITION.eq(position))
                .execute();
        db.update(PAPER).set(PAPER.UPDATED_AT, now).where(PAPER.ID.eq(paperId)).execute();
    }

    void setTitle(long paperId, String title, Instant now) {
        db.update(PAPER)
                .set(PAPER.TITLE, title)
                .set(PAPER.UPDATED_AT, now)
                .where(PAPER.ID.eq(paperId))
                .execute();
    }

    void setStatus(long paperId, PaperStatus status, Instant now) {
        db.update(PAPER)
                .set(PAPER.STATUS, status.name())
                .set(PAPER.UPDATED_AT, now)
                .set(PAPER.PUBLISHED_AT, status == PaperStatus.PUBLISHED ? now : null)
                .where(PAPER.ID.eq(paperId))
                .execute();
    }

    /** Question ids on the candidate's earlier forms: a re-taker never sees them again. */
    Set<Long> seenBy(long candidateId) {
        return new HashSet<>(db.selectDistinct(PAPER_ITEM.QUESTION_ID)
                .from(PAPER_ITEM)
                .join(PAPER)
                .on(PAPER.ID.eq(PAPER_ITEM.PAPER_ID))
                .where(PAPER.CANDIDATE_ID.eq(candidateId), PAPER.KIND.eq(PaperKind.CANDIDATE_FORM.name()))
                .fetch(PAPER_ITEM.QUESTION_ID));
    }

    /** How many issued papers (published fixed papers and candidate forms) used each question. */
    Map<Long, Integer> exposure() {
        Map<Long, Integer> counts = new HashMap<>();
        db.select(PAPER_ITEM.QUESTION_ID, DSL.count())
                .from(PAPER_ITEM)
                .join(PAPER)
                .on(PAPER.ID.eq(PAPER_ITEM.PAPER_ID))
                .where(PAPER.STATUS.eq(PaperStatus.PUBLISHED.name()))
                .groupBy(PAPER_ITEM.QUESTION_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}
