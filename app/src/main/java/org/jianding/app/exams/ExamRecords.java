package org.jianding.app.exams;

import static org.jianding.app.exams.db.Tables.EXAM_ANSWER;
import static org.jianding.app.exams.db.Tables.EXAM_ATTEMPT;
import static org.jianding.app.exams.db.Tables.EXAM_SESSION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to submitted attempts for marking and results: never an open attempt, so nothing can be marked
 * while the candidate may still change it.
 */
@Service
@Transactional(readOnly = true)
public class ExamRecords {

    private final DSLContext db;

    ExamRecords(DSLContext db) {
        this.db = db;
    }

    public Optional<SubmittedAttempt> submitted(long attemptId) {
        List<SubmittedAttempt> found = submitted(List.of(attemptId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The submitted ones among these attempts, with their answers (one query for all the answers). */
    public List<SubmittedAttempt> submitted(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        var rows = db.select(
                        EXAM_ATTEMPT.ID,
                        EXAM_ATTEMPT.SESSION_ID,
                        EXAM_ATTEMPT.CANDIDATE_ID,
                        EXAM_ATTEMPT.PAPER_ID,
                        EXAM_ATTEMPT.SUBMITTED_AT,
                        EXAM_ATTEMPT.SUBMIT_REASON,
                        EXAM_SESSION.POST_ID,
                        EXAM_SESSION.LEVEL_RANK)
                .from(EXAM_ATTEMPT)
                .join(EXAM_SESSION)
                .on(EXAM_SESSION.ID.eq(EXAM_ATTEMPT.SESSION_ID))
                .where(EXAM_ATTEMPT.ID.in(attemptIds))
                .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()))
                .fetch();
        Map<Long, Map<Integer, String>> answers = new HashMap<>();
        Map<Long, Map<Integer, java.math.BigDecimal>> points = new HashMap<>();
        db.select(EXAM_ANSWER.ATTEMPT_ID, EXAM_ANSWER.POSITION, EXAM_ANSWER.ANSWER, EXAM_ANSWER.POINTS)
                .from(EXAM_ANSWER)
                .where(EXAM_ANSWER.ATTEMPT_ID.in(attemptIds))
                .and(EXAM_ANSWER.ANSWER.isNotNull().or(EXAM_ANSWER.POINTS.isNotNull()))
                .forEach(r -> {
                    if (r.value3() != null) {
                        answers.computeIfAbsent(r.value1(), k -> new HashMap<>())
                                .put(r.value2(), r.value3());
                    }
                    if (r.value4() != null) {
                        points.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value4());
                    }
                });
        List<SubmittedAttempt> out = new ArrayList<>();
        for (var r : rows) {
            out.add(new SubmittedAttempt(
                    r.get(EXAM_ATTEMPT.ID),
                    r.get(EXAM_ATTEMPT.SESSION_ID),
                    r.get(EXAM_ATTEMPT.CANDIDATE_ID),
                    r.get(EXAM_SESSION.POST_ID),
                    Level.ofRank(r.get(EXAM_SESSION.LEVEL_RANK)).orElseThrow(),
                    r.get(EXAM_ATTEMPT.PAPER_ID),
                    r.get(EXAM_ATTEMPT.SUBMITTED_AT),
                    SubmitReason.valueOf(r.get(EXAM_ATTEMPT.SUBMIT_REASON)),
                    answers.getOrDefault(r.get(EXAM_ATTEMPT.ID), Map.of()),
                    points.getOrDefault(r.get(EXAM_ATTEMPT.ID), Map.of())));
        }
        return out;
    }

    /** Receives stored answers one at a time. */
    @FunctionalInterface
    public interface AnswerSink {
        void accept(long attemptId, int position, String answer);
    }

    /**
     * Every stored answer of the session's submitted attempts no longer than {@code maxLength} characters (the
     * short ones: choices, true/false), streamed in one query: statistics read 300,000 of them for a large session
     * and need neither maps per attempt nor the long texts of essays.
     */
    public void shortAnswersOfSubmitted(long sessionId, int maxLength, AnswerSink sink) {
        try (var cursor = db.select(EXAM_ANSWER.ATTEMPT_ID, EXAM_ANSWER.POSITION, EXAM_ANSWER.ANSWER)
                .from(EXAM_ANSWER)
                .join(EXAM_ATTEMPT)
                .on(EXAM_ATTEMPT.ID.eq(EXAM_ANSWER.ATTEMPT_ID))
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()))
                .and(EXAM_ANSWER.ANSWER.isNotNull())
                .and(DSL.charLength(EXAM_ANSWER.ANSWER).le(maxLength))
                .fetchLazy()) {
            for (var r : cursor) {
                sink.accept(r.value1(), r.value2(), r.value3());
            }
        }
    }

    /** Attempts submitted at or after {@code since}, oldest first (for the marking sweep). */
    public List<Long> submittedSince(Instant since, int limit) {
        return db.select(EXAM_ATTEMPT.ID)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()))
                .and(EXAM_ATTEMPT.SUBMITTED_AT.ge(since))
                .orderBy(EXAM_ATTEMPT.SUBMITTED_AT)
                .limit(limit)
                .fetch(EXAM_ATTEMPT.ID);
    }

    /** How many attempts of the session are still running. */
    public int openAttempts(long sessionId) {
        return db.fetchCount(
                EXAM_ATTEMPT,
                EXAM_ATTEMPT.SESSION_ID.eq(sessionId).and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.OPEN.name())));
    }

    /** Every attempt of the session, open or submitted, without answers, by candidate and attempt number. */
    public List<SessionAttempt> attemptsIn(long sessionId) {
        return db.select(
                        EXAM_ATTEMPT.ID,
                        EXAM_ATTEMPT.CANDIDATE_ID,
                        EXAM_ATTEMPT.ATTEMPT_NO,
                        EXAM_ATTEMPT.STATUS,
                        EXAM_ATTEMPT.STARTED_AT,
                        EXAM_ATTEMPT.SUBMITTED_AT,
                        EXAM_ATTEMPT.SUBMIT_REASON)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .orderBy(EXAM_ATTEMPT.CANDIDATE_ID, EXAM_ATTEMPT.ATTEMPT_NO)
                .fetch(r -> new SessionAttempt(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        AttemptStatus.valueOf(r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7() == null ? null : SubmitReason.valueOf(r.value7())));
    }

    /** The submitted attempts of one session. */
    public List<Long> submittedIn(long sessionId) {
        return db.select(EXAM_ATTEMPT.ID)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()))
                .orderBy(EXAM_ATTEMPT.ID)
                .fetch(EXAM_ATTEMPT.ID);
    }

    /** A submitted attempt on one of some papers: its session and paper. */
    public record PaperAttempt(long attemptId, long sessionId, long paperId) {}

    /** The submitted attempts on these papers, in whichever sessions, by session and attempt. */
    public List<PaperAttempt> submittedOnPapers(Collection<Long> paperIds) {
        if (paperIds.isEmpty()) {
            return List.of();
        }
        return db.select(EXAM_ATTEMPT.ID, EXAM_ATTEMPT.SESSION_ID, EXAM_ATTEMPT.PAPER_ID)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.PAPER_ID.in(paperIds))
                .and(EXAM_ATTEMPT.STATUS.eq(AttemptStatus.SUBMITTED.name()))
                .orderBy(EXAM_ATTEMPT.SESSION_ID, EXAM_ATTEMPT.ID)
                .fetch(r -> new PaperAttempt(r.value1(), r.value2(), r.value3()));
    }
}
