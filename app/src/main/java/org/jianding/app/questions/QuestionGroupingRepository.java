package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_ITEM_SET;
import static org.jianding.app.questions.db.Tables.QUESTION_MUTEX_GROUP;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** 互斥 groups and item sets of questions (V46). */
@Repository
class QuestionGroupingRepository {

    private final DSLContext db;

    QuestionGroupingRepository(DSLContext db) {
        this.db = db;
    }

    QuestionGrouping of(long questionId) {
        Set<String> groups = new HashSet<>(db.select(QUESTION_MUTEX_GROUP.GROUP_NAME)
                .from(QUESTION_MUTEX_GROUP)
                .where(QUESTION_MUTEX_GROUP.QUESTION_ID.eq(questionId))
                .fetch(QUESTION_MUTEX_GROUP.GROUP_NAME));
        String set = db.select(QUESTION_ITEM_SET.SET_NAME)
                .from(QUESTION_ITEM_SET)
                .where(QUESTION_ITEM_SET.QUESTION_ID.eq(questionId))
                .fetchOne(QUESTION_ITEM_SET.SET_NAME);
        return new QuestionGrouping(groups, set);
    }

    /** Every question that has a group or a set. */
    Map<Long, QuestionGrouping> all() {
        return read(DSL.trueCondition(), DSL.trueCondition());
    }

    /** The groupings of these questions (those without any are left out). */
    Map<Long, QuestionGrouping> of(java.util.Collection<Long> questionIds) {
        return questionIds.isEmpty()
                ? Map.of()
                : read(QUESTION_MUTEX_GROUP.QUESTION_ID.in(questionIds), QUESTION_ITEM_SET.QUESTION_ID.in(questionIds));
    }

    private Map<Long, QuestionGrouping> read(org.jooq.Condition inGroups, org.jooq.Condition inSets) {
        Map<Long, Set<String>> groups = new HashMap<>();
        db.selectFrom(QUESTION_MUTEX_GROUP)
                .where(inGroups)
                .fetch()
                .forEach(r -> groups.computeIfAbsent(r.getQuestionId(), q -> new HashSet<>())
                        .add(r.getGroupName()));
        Map<Long, String> sets = new HashMap<>();
        db.selectFrom(QUESTION_ITEM_SET)
                .where(inSets)
                .fetch()
                .forEach(r -> sets.put(r.getQuestionId(), r.getSetName()));
        Map<Long, QuestionGrouping> all = new HashMap<>();
        Set<Long> ids = new HashSet<>(groups.keySet());
        ids.addAll(sets.keySet());
        ids.forEach(id -> all.put(id, new QuestionGrouping(groups.get(id), sets.get(id))));
        return all;
    }

    /** Replaces the question's groups and set, and touches the question (the bank changed). */
    void replace(long questionId, QuestionGrouping grouping, Instant now) {
        db.deleteFrom(QUESTION_MUTEX_GROUP)
                .where(QUESTION_MUTEX_GROUP.QUESTION_ID.eq(questionId))
                .execute();
        db.deleteFrom(QUESTION_ITEM_SET)
                .where(QUESTION_ITEM_SET.QUESTION_ID.eq(questionId))
                .execute();
        for (String group : grouping.mutexGroups()) {
            db.insertInto(QUESTION_MUTEX_GROUP)
                    .set(QUESTION_MUTEX_GROUP.QUESTION_ID, questionId)
                    .set(QUESTION_MUTEX_GROUP.GROUP_NAME, group)
                    .execute();
        }
        if (grouping.itemSet() != null) {
            db.insertInto(QUESTION_ITEM_SET)
                    .set(QUESTION_ITEM_SET.QUESTION_ID, questionId)
                    .set(QUESTION_ITEM_SET.SET_NAME, grouping.itemSet())
                    .execute();
        }
        db.update(QUESTION)
                .set(QUESTION.UPDATED_AT, now)
                .where(QUESTION.ID.eq(questionId))
                .execute();
    }

    /** The other questions sharing a group or the set, with the name they share, by question id. */
    List<Long> groupMembers(String group) {
        return db.select(QUESTION_MUTEX_GROUP.QUESTION_ID)
                .from(QUESTION_MUTEX_GROUP)
                .where(QUESTION_MUTEX_GROUP.GROUP_NAME.eq(group))
                .orderBy(QUESTION_MUTEX_GROUP.QUESTION_ID)
                .fetch(QUESTION_MUTEX_GROUP.QUESTION_ID);
    }

    List<Long> setMembers(String set) {
        return db.select(QUESTION_ITEM_SET.QUESTION_ID)
                .from(QUESTION_ITEM_SET)
                .where(QUESTION_ITEM_SET.SET_NAME.eq(set))
                .orderBy(QUESTION_ITEM_SET.QUESTION_ID)
                .fetch(QUESTION_ITEM_SET.QUESTION_ID);
    }

    /** A cheap fingerprint of every grouping row (count and sums), for cache checks. */
    List<Object> stamp() {
        var g = db.select(
                        DSL.count(),
                        DSL.coalesce(DSL.sum(QUESTION_MUTEX_GROUP.QUESTION_ID), DSL.inline(java.math.BigDecimal.ZERO)),
                        DSL.coalesce(
                                DSL.sum(DSL.length(QUESTION_MUTEX_GROUP.GROUP_NAME)),
                                DSL.inline(java.math.BigDecimal.ZERO)))
                .from(QUESTION_MUTEX_GROUP)
                .fetchOne();
        var s = db.select(
                        DSL.count(),
                        DSL.coalesce(DSL.sum(QUESTION_ITEM_SET.QUESTION_ID), DSL.inline(java.math.BigDecimal.ZERO)),
                        DSL.coalesce(
                                DSL.sum(DSL.length(QUESTION_ITEM_SET.SET_NAME)), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(QUESTION_ITEM_SET)
                .fetchOne();
        return List.of(
                g.value1(),
                g.value2().longValue(),
                g.value3().longValue(),
                s.value1(),
                s.value2().longValue(),
                s.value3().longValue());
    }
}
