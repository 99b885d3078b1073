package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_VERSION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads for paper assembly: active questions with their current version id, and pinned versions' content. */
@Repository
class ItemPoolRepository {

    private final DSLContext db;

    ItemPoolRepository(DSLContext db) {
        this.db = db;
    }

    List<PoolItem> active(Map<Long, String> leafCodes) {
        return db.select(QUESTION.fields())
                .select(QUESTION_VERSION.ID)
                .from(QUESTION)
                .join(QUESTION_VERSION)
                .on(
                        QUESTION_VERSION.QUESTION_ID.eq(QUESTION.ID),
                        QUESTION_VERSION.VERSION_NO.eq(QUESTION.CURRENT_VERSION))
                .where(QUESTION.STATUS.eq(QuestionStatus.ACTIVE.name()))
                .orderBy(QUESTION.ID)
                .fetch(r -> item(r, leafCodes));
    }

    /**
     * The questions changed at or after the instant, whatever their status, by id: at most {@code limit + 1}, so a
     * caller can tell that there were more than it wants to apply one by one.
     */
    List<PoolChange> changedSince(Instant since, Map<Long, String> leafCodes, int limit) {
        return db.select(QUESTION.fields())
                .select(QUESTION_VERSION.ID)
                .from(QUESTION)
                .join(QUESTION_VERSION)
                .on(
                        QUESTION_VERSION.QUESTION_ID.eq(QUESTION.ID),
                        QUESTION_VERSION.VERSION_NO.eq(QUESTION.CURRENT_VERSION))
                .where(QUESTION.UPDATED_AT.ge(since))
                .orderBy(QUESTION.ID)
                .limit(limit + 1)
                .fetch(r -> new PoolChange(
                        r.get(QUESTION.ID),
                        QuestionStatus.ACTIVE.name().equals(r.get(QUESTION.STATUS)) ? item(r, leafCodes) : null));
    }

    /** The latest change of any question (empty when there is none). */
    java.util.Optional<Instant> latestChange() {
        return java.util.Optional.ofNullable(db.select(org.jooq.impl.DSL.max(QUESTION.UPDATED_AT))
                .from(QUESTION)
                .fetchOne(0, Instant.class));
    }

    private static PoolItem item(org.jooq.Record r, Map<Long, String> leafCodes) {
        return new PoolItem(
                r.get(QUESTION.ID),
                r.get(QUESTION_VERSION.ID),
                r.get(QUESTION.CURRENT_VERSION),
                leafCodes.get(r.get(QUESTION.KNOWLEDGE_NODE_ID)),
                QuestionType.valueOf(r.get(QUESTION.TYPE)),
                r.get(QUESTION.DIFFICULTY),
                CognitiveLevel.valueOf(r.get(QUESTION.COGNITIVE_LEVEL)),
                QuestionRepository.LevelMask.levels(r.get(QUESTION.LEVEL_MASK)));
    }

    /** Count, id and version sums and the latest change of the questions, active ones apart. */
    List<Object> stamp() {
        var active = QUESTION.STATUS.eq(QuestionStatus.ACTIVE.name());
        var zero = org.jooq.impl.DSL.inline(java.math.BigDecimal.ZERO);
        var r = db.select(
                        org.jooq.impl.DSL.count(),
                        org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(QUESTION.ID), zero),
                        org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(QUESTION.CURRENT_VERSION), zero))
                .from(QUESTION)
                .where(active)
                .fetchOne();
        var latest = db.select(org.jooq.impl.DSL.max(QUESTION.UPDATED_AT), org.jooq.impl.DSL.count())
                .from(QUESTION)
                .fetchOne();
        return java.util.Arrays.asList(
                r.value1(),
                r.value2().longValue(),
                r.value3().longValue(),
                String.valueOf(latest.value1()),
                latest.value2());
    }

    List<PinnedVersion> versions(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(QUESTION_VERSION)
                .where(QUESTION_VERSION.ID.in(versionIds))
                .fetch(r -> new PinnedVersion(
                        r.getQuestionId(), r.getId(), r.getVersionNo(), ItemText.read(r.getContent())));
    }
}
