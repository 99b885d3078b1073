package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;
import static org.jianding.app.questions.db.Tables.QUESTION_STATISTIC;
import static org.jianding.app.questions.db.Tables.QUESTION_STATISTIC_REVIEW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.bank.Level;
import org.jianding.bank.statistics.Observation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Tables question_statistic (per question, level and session) and question_statistic_review (evidence sent). */
@Repository
class QuestionStatisticRepository {

    /** A stored row: the session's observation of one question at one level. */
    record Row(long questionId, Level level, long sessionId, Observation observation) {}

    private final DSLContext db;

    QuestionStatisticRepository(DSLContext db) {
        this.db = db;
    }

    /** Replaces the session's rows by these: a session is never counted twice. */
    void replaceSession(long sessionId, Level level, Map<Long, Observation> observations, Instant now) {
        db.deleteFrom(QUESTION_STATISTIC)
                .where(QUESTION_STATISTIC.SESSION_ID.eq(sessionId))
                .execute();
        var insert = db.insertInto(
                QUESTION_STATISTIC,
                QUESTION_STATISTIC.QUESTION_ID,
                QUESTION_STATISTIC.LEVEL_RANK,
                QUESTION_STATISTIC.SESSION_ID,
                QUESTION_STATISTIC.RESPONSES,
                QUESTION_STATISTIC.FACILITY,
                QUESTION_STATISTIC.DISCRIMINATION,
                QUESTION_STATISTIC.OPTIONS,
                QUESTION_STATISTIC.COMPUTED_AT);
        observations.forEach((questionId, o) -> insert.values(
                questionId,
                (byte) level.rank(),
                sessionId,
                o.responses(),
                o.facility(),
                o.discrimination(),
                writeOptions(o.options()),
                now));
        if (!observations.isEmpty()) {
            insert.execute();
        }
    }

    /** The rows of these questions (all when null), at one level (all when null). */
    List<Row> rows(Collection<Long> questionIds, Level level) {
        Condition where = questionIds == null
                ? org.jooq.impl.DSL.trueCondition()
                : QUESTION_STATISTIC.QUESTION_ID.in(questionIds);
        if (level != null) {
            where = where.and(QUESTION_STATISTIC.LEVEL_RANK.eq((byte) level.rank()));
        }
        return db.selectFrom(QUESTION_STATISTIC)
                .where(where)
                .orderBy(
                        QUESTION_STATISTIC.QUESTION_ID,
                        QUESTION_STATISTIC.LEVEL_RANK.desc(),
                        QUESTION_STATISTIC.SESSION_ID)
                .fetch(r -> new Row(
                        r.getQuestionId(),
                        Level.ofRank(r.getLevelRank()).orElseThrow(),
                        r.getSessionId(),
                        new Observation(
                                r.getResponses(),
                                r.getFacility(),
                                r.getDiscrimination(),
                                readOptions(r.getOptions()))));
    }

    java.util.Set<Long> existingIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                db.select(QUESTION.ID).from(QUESTION).where(QUESTION.ID.in(ids)).fetch(QUESTION.ID));
    }

    void insertReview(long questionId, Level level, String evidence, String note, long sentBy, Instant now) {
        db.insertInto(QUESTION_STATISTIC_REVIEW)
                .set(QUESTION_STATISTIC_REVIEW.QUESTION_ID, questionId)
                .set(QUESTION_STATISTIC_REVIEW.LEVEL_RANK, (byte) level.rank())
                .set(QUESTION_STATISTIC_REVIEW.EVIDENCE, evidence)
                .set(QUESTION_STATISTIC_REVIEW.NOTE, note)
                .set(QUESTION_STATISTIC_REVIEW.SENT_BY, sentBy)
                .set(QUESTION_STATISTIC_REVIEW.SENT_AT, now)
                .execute();
    }

    Optional<QuestionStatistics.Evidence> latestReview(long questionId) {
        return db.selectFrom(QUESTION_STATISTIC_REVIEW)
                .where(QUESTION_STATISTIC_REVIEW.QUESTION_ID.eq(questionId))
                .orderBy(QUESTION_STATISTIC_REVIEW.SENT_AT.desc(), QUESTION_STATISTIC_REVIEW.ID.desc())
                .limit(1)
                .fetchOptional(r -> new QuestionStatistics.Evidence(
                        Level.ofRank(r.getLevelRank()).orElseThrow(),
                        List.of(r.getEvidence().split("\n")),
                        r.getNote(),
                        r.getSentBy(),
                        r.getSentAt()));
    }

    static String writeOptions(List<Observation.Option> options) {
        StringBuilder text = new StringBuilder();
        for (Observation.Option o : options) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(o.option()).append(' ').append(o.count()).append(' ');
            if (o.meanZ() != null) {
                text.append(Double.toString(o.meanZ()));
            }
        }
        return text.length() > 1000 ? null : text.toString();
    }

    static List<Observation.Option> readOptions(String text) {
        List<Observation.Option> options = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return options;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ", -1);
            options.add(new Observation.Option(
                    parts[0], Integer.parseInt(parts[1]), parts[2].isEmpty() ? null : Double.valueOf(parts[2])));
        }
        return options;
    }

    /** Rows grouped by question, then level. */
    static Map<Long, Map<Level, List<Observation>>> group(List<Row> rows) {
        Map<Long, Map<Level, List<Observation>>> grouped = new LinkedHashMap<>();
        for (Row r : rows) {
            grouped.computeIfAbsent(r.questionId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.level(), k -> new ArrayList<>())
                    .add(r.observation());
        }
        return grouped;
    }
}
