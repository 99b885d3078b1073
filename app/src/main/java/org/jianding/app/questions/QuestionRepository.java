package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_TAG;
import static org.jianding.app.questions.db.Tables.QUESTION_VERSION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.questions.db.tables.records.QuestionRecord;
import org.jianding.bank.Level;
import org.jianding.bank.item.Question;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The question tables, through jOOQ. Versions are only ever inserted, never updated (but for the used flag). */
@Repository
class QuestionRepository {

    /** A question row with its current version's content text. */
    record Row(QuestionRecord question, long versionId, String content) {}

    /** Active questions per knowledge node, type and difficulty. */
    record Count(long nodeId, String type, int difficulty, int count) {}

    /** One page of a search and the number of all matches. */
    record Matches(List<QuestionRecord> rows, long total) {}

    /** What the duplicate check compares against. */
    record Stem(long questionId, String text) {}

    private final DSLContext db;

    QuestionRepository(DSLContext db) {
        this.db = db;
    }

    long insert(QuestionStatus status, Question q, long nodeId, String stemText, long authorId, Instant now) {
        QuestionRecord row = db.newRecord(QUESTION);
        row.setStatus(status.name());
        row.setCurrentVersion(1);
        copy(q, nodeId, stemText, row);
        row.setAuthorId(authorId);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        QuestionGrams.replace(db, row.getId(), "", stemText);
        return row.getId();
    }

    long insertVersion(long questionId, int versionNo, String content, String hash, String note, long by, Instant now) {
        return db.insertInto(QUESTION_VERSION)
                .set(QUESTION_VERSION.QUESTION_ID, questionId)
                .set(QUESTION_VERSION.VERSION_NO, versionNo)
                .set(QUESTION_VERSION.CONTENT, content)
                .set(QUESTION_VERSION.CONTENT_HASH, hash)
                .set(QUESTION_VERSION.USED_IN_PAPER, false)
                .set(QUESTION_VERSION.CHANGE_NOTE, note)
                .set(QUESTION_VERSION.CREATED_BY, by)
                .set(QUESTION_VERSION.CREATED_AT, now)
                .returning(QUESTION_VERSION.ID)
                .fetchOne()
                .getId();
    }

    void updateCurrent(
            long id, int versionNo, Question q, long nodeId, String stemText, QuestionStatus s, Instant now) {
        QuestionRecord row = db.fetchSingle(QUESTION, QUESTION.ID.eq(id));
        String oldStemText = row.getStemText();
        row.setCurrentVersion(versionNo);
        copy(q, nodeId, stemText, row);
        row.setStatus(s.name());
        row.setReviewerId(null);
        if (s != QuestionStatus.DRAFT) {
            row.setReturnedAt(null);
            row.setReturnReason(null);
        }
        row.setUpdatedAt(now);
        row.store();
        QuestionGrams.replace(db, id, oldStemText, stemText);
    }

    /**
     * Moves a question to {@code status}; {@code returned} marks it as sent back by a reviewer (kept while it stays a
     * draft, cleared by any other status).
     */
    void setStatus(long id, QuestionStatus status, Long reviewerId, boolean returned, Instant now) {
        setStatus(id, status, reviewerId, returned ? "" : null, now);
    }

    /**
     * As above, with the reviewer's reason when {@code returnReason} is not null (the question is returned); the
     * reason is cleared with the returned mark.
     */
    void setStatus(long id, QuestionStatus status, Long reviewerId, String returnReason, Instant now) {
        var update = db.update(QUESTION).set(QUESTION.STATUS, status.name()).set(QUESTION.UPDATED_AT, now);
        if (reviewerId != null) {
            update = update.set(QUESTION.REVIEWER_ID, reviewerId);
        }
        if (returnReason != null) {
            update = update.set(QUESTION.RETURNED_AT, now)
                    .set(QUESTION.RETURN_REASON, returnReason.isBlank() ? null : returnReason.strip());
        } else if (status != QuestionStatus.DRAFT) {
            update = update.set(QUESTION.RETURNED_AT, (Instant) null).set(QUESTION.RETURN_REASON, (String) null);
        }
        update.where(QUESTION.ID.eq(id)).execute();
    }

    /** Why a reviewer sent the question back, while it is still returned. */
    java.util.Optional<String> returnReason(long id) {
        return db.select(QUESTION.RETURN_REASON)
                .from(QUESTION)
                .where(QUESTION.ID.eq(id), QUESTION.RETURNED_AT.isNotNull())
                .fetchOptional(QUESTION.RETURN_REASON)
                .filter(r -> r != null && !r.isBlank());
    }

    void replaceTags(long questionId, Collection<Long> nodeIds) {
        db.deleteFrom(QUESTION_TAG)
                .where(QUESTION_TAG.QUESTION_ID.eq(questionId))
                .execute();
        for (Long nodeId : nodeIds) {
            db.insertInto(QUESTION_TAG)
                    .set(QUESTION_TAG.QUESTION_ID, questionId)
                    .set(QUESTION_TAG.KNOWLEDGE_NODE_ID, nodeId)
                    .execute();
        }
    }

    Optional<Row> find(long id) {
        return db.select(QUESTION.fields())
                .select(QUESTION_VERSION.ID, QUESTION_VERSION.CONTENT)
                .from(QUESTION)
                .join(QUESTION_VERSION)
                .on(
                        QUESTION_VERSION.QUESTION_ID.eq(QUESTION.ID),
                        QUESTION_VERSION.VERSION_NO.eq(QUESTION.CURRENT_VERSION))
                .where(QUESTION.ID.eq(id))
                .fetchOptional(
                        r -> new Row(r.into(QUESTION), r.get(QUESTION_VERSION.ID), r.get(QUESTION_VERSION.CONTENT)));
    }

    /**
     * One page of matches and the number of all matches. The page's ids are picked first from the narrowest index
     * that serves the filters and order, and only those rows are read whole (a deep page then skips index entries,
     * not rows). A text filter ({@code LIKE '%…%'}) must read every candidate row anyway, so that page and its total
     * come from one pass over them instead of two.
     */
    /** How many questions match the filters (no knowledge node or text filter). */
    int count(QuestionQuery query) {
        return db.fetchCount(QUESTION, where(query, null));
    }

    Matches search(QuestionQuery query, Set<Long> nodeIds) {
        Condition where = where(query, nodeIds);
        SortField<?>[] order = order(query.sort());
        int offset = query.page() * query.size();
        if (!hasText(query)) {
            var page = db.select(QUESTION.ID)
                    .from(QUESTION)
                    .where(where)
                    .orderBy(order)
                    .limit(query.size())
                    .offset(offset)
                    .asTable("page");
            List<QuestionRecord> rows = db.select(QUESTION.fields())
                    .from(QUESTION)
                    .join(page)
                    .on(QUESTION.ID.eq(page.field(QUESTION.ID)))
                    .orderBy(order)
                    .fetchInto(QUESTION);
            return new Matches(rows, db.fetchCount(QUESTION, where));
        }
        Field<Integer> total = DSL.count().over().as("total");
        var page = db.select(QUESTION.ID, total)
                .from(QUESTION)
                .where(where)
                .orderBy(order)
                .limit(query.size())
                .offset(offset)
                .asTable("page");
        var result = db.select(QUESTION.fields())
                .select(page.field(total))
                .from(QUESTION)
                .join(page)
                .on(QUESTION.ID.eq(page.field(QUESTION.ID)))
                .orderBy(order)
                .fetch();
        if (result.isEmpty()) {
            return new Matches(List.of(), offset == 0 ? 0 : db.fetchCount(QUESTION, where));
        }
        return new Matches(result.into(QUESTION), result.get(0).get(page.field(total)));
    }

    List<Long> ids(QuestionQuery query, Set<Long> nodeIds, int limit) {
        return db.select(QUESTION.ID)
                .from(QUESTION)
                .where(where(query, nodeIds))
                .orderBy(QUESTION.ID)
                .limit(limit)
                .fetch(QUESTION.ID);
    }

    List<QuestionVersion> versions(long questionId) {
        return db.selectFrom(QUESTION_VERSION)
                .where(QUESTION_VERSION.QUESTION_ID.eq(questionId))
                .orderBy(QUESTION_VERSION.VERSION_NO.desc())
                .fetch(r -> new QuestionVersion(
                        r.getId(),
                        r.getQuestionId(),
                        r.getVersionNo(),
                        r.getContent(),
                        r.getContentHash(),
                        r.getUsedInPaper(),
                        r.getChangeNote(),
                        r.getCreatedBy(),
                        null,
                        r.getCreatedAt()));
    }

    List<Long> versionAuthors(long questionId) {
        return db.select(QUESTION_VERSION.CREATED_BY)
                .from(QUESTION_VERSION)
                .where(QUESTION_VERSION.QUESTION_ID.eq(questionId))
                .orderBy(QUESTION_VERSION.VERSION_NO.desc())
                .fetch(QUESTION_VERSION.CREATED_BY);
    }

    void markUsed(long versionId) {
        db.update(QUESTION_VERSION)
                .set(QUESTION_VERSION.USED_IN_PAPER, true)
                .where(QUESTION_VERSION.ID.eq(versionId))
                .execute();
    }

    List<Count> activeCounts() {
        return db.select(QUESTION.KNOWLEDGE_NODE_ID, QUESTION.TYPE, QUESTION.DIFFICULTY, DSL.count())
                .from(QUESTION)
                .where(QUESTION.STATUS.eq(QuestionStatus.ACTIVE.name()))
                .groupBy(QUESTION.KNOWLEDGE_NODE_ID, QUESTION.TYPE, QUESTION.DIFFICULTY)
                .fetch(r -> new Count(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<Stem> stems(long nodeId, Long except) {
        Condition c = QUESTION.KNOWLEDGE_NODE_ID.eq(nodeId).and(QUESTION.STATUS.ne(QuestionStatus.RETIRED.name()));
        if (except != null) {
            c = c.and(QUESTION.ID.ne(except));
        }
        return db.select(QUESTION.ID, QUESTION.STEM_TEXT)
                .from(QUESTION)
                .where(c)
                .fetch(r -> new Stem(r.value1(), r.value2()));
    }

    long usesOf(long nodeId) {
        return db.fetchCount(QUESTION, QUESTION.KNOWLEDGE_NODE_ID.eq(nodeId))
                + db.fetchCount(QUESTION_TAG, QUESTION_TAG.KNOWLEDGE_NODE_ID.eq(nodeId));
    }

    private static Condition where(QuestionQuery q, Set<Long> nodeIds) {
        List<Condition> c = new ArrayList<>();
        if (nodeIds != null) {
            c.add(QUESTION.KNOWLEDGE_NODE_ID.in(nodeIds));
        }
        if (q.type() != null) {
            c.add(QUESTION.TYPE.eq(q.type().name()));
        }
        if (q.difficulty() != null) {
            c.add(QUESTION.DIFFICULTY.eq(q.difficulty().byteValue()));
        }
        if (q.cognitiveLevel() != null) {
            c.add(QUESTION.COGNITIVE_LEVEL.eq(q.cognitiveLevel().name()));
        }
        if (q.level() != null) {
            c.add(QUESTION.LEVEL_MASK.in(LevelMask.containing(q.level())));
        }
        if (q.status() != null) {
            c.add(QUESTION.STATUS.eq(q.status().name()));
        }
        if (q.authorId() != null) {
            c.add(QUESTION.AUTHOR_ID.eq(q.authorId()));
        }
        if (q.returned()) {
            c.add(QUESTION.RETURNED_AT.isNotNull());
        }
        if (hasText(q)) {
            StemGrams.ofQuery(q.text()).ifPresent(grams -> c.add(QUESTION.ID.in(QuestionGrams.havingAll(grams))));
            String escaped =
                    q.text().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            c.add(QUESTION.STEM_TEXT.like("%" + escaped + "%", '!'));
        }
        return DSL.and(c);
    }

    private static boolean hasText(QuestionQuery q) {
        return q.text() != null && !q.text().isBlank();
    }

    private static SortField<?>[] order(QuestionQuery.Sort sort) {
        return switch (sort) {
            case ID_ASC -> new SortField<?>[] {QUESTION.ID.asc()};
            case ID_DESC -> new SortField<?>[] {QUESTION.ID.desc()};
            case DIFFICULTY_ASC -> new SortField<?>[] {QUESTION.DIFFICULTY.asc(), QUESTION.ID.asc()};
            case DIFFICULTY_DESC -> new SortField<?>[] {QUESTION.DIFFICULTY.desc(), QUESTION.ID.asc()};
            case UPDATED_DESC -> new SortField<?>[] {QUESTION.UPDATED_AT.desc(), QUESTION.ID.desc()};
        };
    }

    private static void copy(Question q, long nodeId, String stemText, QuestionRecord row) {
        copyInto(q, nodeId, stemText, row);
    }

    /** The current version's classification as the question row repeats it (shared with batch inserts). */
    static void copyInto(Question q, long nodeId, String stemText, QuestionRecord row) {
        row.setType(q.type().name());
        row.setKnowledgeNodeId(nodeId);
        row.setDifficulty((byte) q.difficulty().value());
        row.setCognitiveLevel(q.cognitiveLevel().name());
        row.setLevelMask((byte) LevelMask.of(q.levels()));
        row.setPoints(q.points());
        row.setStemText(stemText);
        row.setSource(q.source().isEmpty() ? null : truncate(q.source(), 200));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Suited levels as bits: 1 初级, 2 中级, 4 高级, 8 资深. */
    static final class LevelMask {

        private LevelMask() {}

        static int bit(Level level) {
            return 1 << level.ordinal();
        }

        /**
         * Every mask that includes {@code level}. Testing membership in this list rather than the bit itself lets
         * the database use an index on the mask; masks only ever hold the four level bits ({@link #of}).
         */
        static List<Byte> containing(Level level) {
            List<Byte> masks = new ArrayList<>();
            for (int mask = 1; mask < 1 << Level.values().length; mask++) {
                if ((mask & bit(level)) != 0) {
                    masks.add((byte) mask);
                }
            }
            return masks;
        }

        static int of(Set<Level> levels) {
            return levels.stream().mapToInt(LevelMask::bit).reduce(0, (a, b) -> a | b);
        }

        static Set<Level> levels(int mask) {
            var set = java.util.EnumSet.noneOf(Level.class);
            for (Level l : Level.values()) {
                if ((mask & bit(l)) != 0) {
                    set.add(l);
                }
            }
            return set;
        }
    }
}
