package org.jianding.app.exams;

import static org.jianding.app.exams.db.Tables.EXAM_ATTEMPT;
import static org.jianding.app.exams.db.Tables.EXAM_ELIGIBILITY_RULE;
import static org.jianding.app.exams.db.Tables.EXAM_ENROLMENT;
import static org.jianding.app.exams.db.Tables.EXAM_SESSION;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.exams.db.tables.records.ExamSessionRecord;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Sessions, enrolments and eligibility rules. */
@Repository
class ExamSessionRepository {

    private final DSLContext db;

    ExamSessionRepository(DSLContext db) {
        this.db = db;
    }

    long insert(SessionDraft d, long userId, Instant now) {
        var r = db.newRecord(EXAM_SESSION);
        fill(r, d);
        r.setStatus(SessionStatus.DRAFT.name());
        r.setCreatedBy(userId);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    void update(long id, SessionDraft d, Instant now) {
        var r = db.fetchOne(EXAM_SESSION, EXAM_SESSION.ID.eq(id));
        fill(r, d);
        r.setUpdatedAt(now);
        r.store();
    }

    private static void fill(ExamSessionRecord r, SessionDraft d) {
        r.setTitle(d.title());
        r.setPostId(d.postId());
        r.setLevelRank((byte) d.level().rank());
        r.setPaperId(d.paperId());
        r.setBlueprintVersionId(d.blueprintVersionId());
        r.setOpensAt(d.opensAt());
        r.setClosesAt(d.closesAt());
        r.setDurationMinutes(d.durationMinutes());
        r.setLateEntryMinutes(d.lateEntryMinutes());
        r.setMinMinutesBeforeHandin(d.minMinutesBeforeHandIn() == null ? 0 : d.minMinutesBeforeHandIn());
        r.setAttemptsAllowed(
                d.attemptsAllowed() == null || d.modeOrOnline() == SittingMode.PAPER ? 1 : d.attemptsAllowed());
        boolean online = d.modeOrOnline() == SittingMode.ONLINE;
        // a paper is printed once in the paper's order: the letters on the sheet are the bank's
        r.setShuffleQuestions(online && d.shuffleQuestions());
        r.setShuffleOptions(online && d.shuffleOptions());
        r.setResultsRelease((d.resultsRelease() == null ? ResultsRelease.MANUAL : d.resultsRelease()).name());
        r.setShowKeysAfterRelease(d.showKeysAfterRelease());
        r.setMaxFocusLosses(d.maxFocusLosses());
        r.setInstructions(d.instructions());
        r.setSittingMode(d.modeOrOnline().name());
    }

    Optional<ExamSessionRecord> find(long id) {
        return db.selectFrom(EXAM_SESSION).where(EXAM_SESSION.ID.eq(id)).fetchOptional();
    }

    List<ExamSessionRecord> list(int limit) {
        return db.selectFrom(EXAM_SESSION)
                .orderBy(EXAM_SESSION.OPENS_AT.desc(), EXAM_SESSION.ID.desc())
                .limit(limit)
                .fetch();
    }

    List<ExamSessionRecord> findAll(Collection<Long> ids) {
        return db.selectFrom(EXAM_SESSION).where(EXAM_SESSION.ID.in(ids)).fetch();
    }

    void setStatus(long id, SessionStatus status, Long formsSeed, Instant now) {
        db.update(EXAM_SESSION)
                .set(EXAM_SESSION.STATUS, status.name())
                .set(EXAM_SESSION.FORMS_SEED, formsSeed)
                .set(EXAM_SESSION.UPDATED_AT, now)
                .where(EXAM_SESSION.ID.eq(id))
                .execute();
    }

    /** Per session: {enrolled, candidates who started, candidates who handed in at least once}. */
    Map<Long, int[]> counts(Collection<Long> sessionIds) {
        Map<Long, int[]> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        db.select(EXAM_ENROLMENT.SESSION_ID, DSL.count())
                .from(EXAM_ENROLMENT)
                .where(EXAM_ENROLMENT.SESSION_ID.in(sessionIds))
                .groupBy(EXAM_ENROLMENT.SESSION_ID)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new int[3])[0] = r.value2());
        var submitted = DSL.countDistinct(
                DSL.when(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()), EXAM_ATTEMPT.CANDIDATE_ID));
        db.select(EXAM_ATTEMPT.SESSION_ID, DSL.countDistinct(EXAM_ATTEMPT.CANDIDATE_ID), submitted)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.in(sessionIds))
                .groupBy(EXAM_ATTEMPT.SESSION_ID)
                .forEach(r -> {
                    int[] c = counts.computeIfAbsent(r.value1(), k -> new int[3]);
                    c[1] = r.value2();
                    c[2] = r.value3();
                });
        return counts;
    }

    /** How many attempts each candidate of the session has made (those without any are absent). */
    Map<Long, Integer> attemptCounts(long sessionId) {
        return db.select(EXAM_ATTEMPT.CANDIDATE_ID, DSL.count())
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .groupBy(EXAM_ATTEMPT.CANDIDATE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    // --- enrolment

    List<Enrolment> enrolments(long sessionId) {
        return db.selectFrom(EXAM_ENROLMENT)
                .where(EXAM_ENROLMENT.SESSION_ID.eq(sessionId))
                .orderBy(EXAM_ENROLMENT.ENROLLED_AT, EXAM_ENROLMENT.CANDIDATE_ID)
                .fetch(r -> new Enrolment(
                        r.getSessionId(), r.getCandidateId(), r.getPaperId(), r.getExtraMinutes(), r.getEnrolledAt()));
    }

    Optional<Enrolment> enrolment(long sessionId, long candidateId) {
        return db.selectFrom(EXAM_ENROLMENT)
                .where(EXAM_ENROLMENT.SESSION_ID.eq(sessionId).and(EXAM_ENROLMENT.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(r -> new Enrolment(
                        r.getSessionId(), r.getCandidateId(), r.getPaperId(), r.getExtraMinutes(), r.getEnrolledAt()));
    }

    /** Enrolments of one candidate, newest session first. */
    List<Enrolment> enrolmentsOf(long candidateId) {
        return db.select(EXAM_ENROLMENT.fields())
                .from(EXAM_ENROLMENT)
                .join(EXAM_SESSION)
                .on(EXAM_SESSION.ID.eq(EXAM_ENROLMENT.SESSION_ID))
                .where(EXAM_ENROLMENT.CANDIDATE_ID.eq(candidateId))
                .orderBy(EXAM_SESSION.OPENS_AT.desc())
                .fetch(r -> new Enrolment(
                        r.get(EXAM_ENROLMENT.SESSION_ID),
                        r.get(EXAM_ENROLMENT.CANDIDATE_ID),
                        r.get(EXAM_ENROLMENT.PAPER_ID),
                        r.get(EXAM_ENROLMENT.EXTRA_MINUTES),
                        r.get(EXAM_ENROLMENT.ENROLLED_AT)));
    }

    void enrol(long sessionId, long candidateId, Long paperId, Long by, Instant now) {
        db.insertInto(EXAM_ENROLMENT)
                .set(EXAM_ENROLMENT.SESSION_ID, sessionId)
                .set(EXAM_ENROLMENT.CANDIDATE_ID, candidateId)
                .set(EXAM_ENROLMENT.PAPER_ID, paperId)
                .set(EXAM_ENROLMENT.ENROLLED_BY, by)
                .set(EXAM_ENROLMENT.ENROLLED_AT, now)
                .execute();
    }

    int unenrol(long sessionId, long candidateId) {
        return db.deleteFrom(EXAM_ENROLMENT)
                .where(EXAM_ENROLMENT.SESSION_ID.eq(sessionId).and(EXAM_ENROLMENT.CANDIDATE_ID.eq(candidateId)))
                .execute();
    }

    void assignPaper(long sessionId, long candidateId, long paperId) {
        db.update(EXAM_ENROLMENT)
                .set(EXAM_ENROLMENT.PAPER_ID, paperId)
                .where(EXAM_ENROLMENT.SESSION_ID.eq(sessionId).and(EXAM_ENROLMENT.CANDIDATE_ID.eq(candidateId)))
                .execute();
    }

    void addExtraMinutes(long sessionId, long candidateId, int minutes) {
        db.update(EXAM_ENROLMENT)
                .set(EXAM_ENROLMENT.EXTRA_MINUTES, EXAM_ENROLMENT.EXTRA_MINUTES.plus(minutes))
                .where(EXAM_ENROLMENT.SESSION_ID.eq(sessionId).and(EXAM_ENROLMENT.CANDIDATE_ID.eq(candidateId)))
                .execute();
    }

    // --- eligibility rules

    Map<Level, EligibilityRule> rules() {
        Map<Level, EligibilityRule> rules = new HashMap<>();
        db.selectFrom(EXAM_ELIGIBILITY_RULE).forEach(r -> {
            Level level = Level.ofRank(r.getLevelRank()).orElseThrow();
            rules.put(
                    level,
                    new EligibilityRule(
                            level, r.getMinYearsInPost(), r.getRequireLevelBelow(), r.getRequireSamePost()));
        });
        return rules;
    }

    void saveRule(EligibilityRule rule, long userId, Instant now) {
        BigDecimal years = rule.minYearsInPost();
        int updated = db.update(EXAM_ELIGIBILITY_RULE)
                .set(EXAM_ELIGIBILITY_RULE.MIN_YEARS_IN_POST, years)
                .set(EXAM_ELIGIBILITY_RULE.REQUIRE_LEVEL_BELOW, rule.requireLevelBelow())
                .set(EXAM_ELIGIBILITY_RULE.REQUIRE_SAME_POST, rule.requireSamePost())
                .set(EXAM_ELIGIBILITY_RULE.UPDATED_BY, userId)
                .set(EXAM_ELIGIBILITY_RULE.UPDATED_AT, now)
                .where(EXAM_ELIGIBILITY_RULE.LEVEL_RANK.eq((byte) rule.level().rank()))
                .execute();
        if (updated == 0) {
            db.insertInto(EXAM_ELIGIBILITY_RULE)
                    .set(EXAM_ELIGIBILITY_RULE.LEVEL_RANK, (byte) rule.level().rank())
                    .set(EXAM_ELIGIBILITY_RULE.MIN_YEARS_IN_POST, years)
                    .set(EXAM_ELIGIBILITY_RULE.REQUIRE_LEVEL_BELOW, rule.requireLevelBelow())
                    .set(EXAM_ELIGIBILITY_RULE.REQUIRE_SAME_POST, rule.requireSamePost())
                    .set(EXAM_ELIGIBILITY_RULE.UPDATED_BY, userId)
                    .set(EXAM_ELIGIBILITY_RULE.UPDATED_AT, now)
                    .execute();
        }
    }
}
