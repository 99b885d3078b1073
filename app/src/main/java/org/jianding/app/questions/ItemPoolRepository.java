package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_VERSION;

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
                .fetch(r -> new PoolItem(
                        r.get(QUESTION.ID),
                        r.get(QUESTION_VERSION.ID),
                        r.get(QUESTION.CURRENT_VERSION),
                        leafCodes.get(r.get(QUESTION.KNOWLEDGE_NODE_ID)),
                        QuestionType.valueOf(r.get(QUESTION.TYPE)),
                        r.get(QUESTION.DIFFICULTY),
                        CognitiveLevel.valueOf(r.get(QUESTION.COGNITIVE_LEVEL)),
                        QuestionRepository.LevelMask.levels(r.get(QUESTION.LEVEL_MASK))));
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
