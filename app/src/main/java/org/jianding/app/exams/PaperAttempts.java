package org.jianding.app.exams;

import static org.jianding.app.exams.db.Tables.EXAM_ANSWER;
import static org.jianding.app.exams.db.Tables.EXAM_ATTEMPT;
import static org.jianding.app.exams.db.Tables.EXAM_INTEGRITY_EVENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.shared.DomainException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempts of a 纸笔考试 (paper or external sitting), written from an imported score sheet: one handed-in attempt
 * per candidate who sat, with the letters answered (the same canonical JSON an exam page saves) and the points
 * written for items given as points. Candidates without an attempt are 缺考, as for online sessions. Runs only
 * inside the caller's transaction, so an import is written whole or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PaperAttempts {

    /** What one candidate's row became: canonical answers and written points, both by paper position. */
    public record Sitting(long candidateId, Map<Integer, String> answers, Map<Integer, BigDecimal> points) {}

    private final DSLContext db;
    private final ExamSessions sessions;
    private final ExamSessionRepository sessionRepository;
    private final Clock clock;

    PaperAttempts(DSLContext db, ExamSessions sessions, ExamSessionRepository sessionRepository, Clock clock) {
        this.db = db;
        this.sessions = sessions;
        this.sessionRepository = sessionRepository;
        this.clock = clock;
    }

    /** The ids of the session's attempts (the earlier import's, before a replacement). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Long> attemptIds(long sessionId) {
        return db.select(EXAM_ATTEMPT.ID)
                .from(EXAM_ATTEMPT)
                .where(EXAM_ATTEMPT.SESSION_ID.eq(sessionId))
                .fetch(EXAM_ATTEMPT.ID);
    }

    /**
     * Removes the session's attempts and their answers; the caller (grading) has removed their results first.
     * Only for a 纸笔考试, where every attempt came from an import.
     */
    public void removeAll(long sessionId) {
        requirePaper(sessionId);
        List<Long> ids = attemptIds(sessionId);
        if (ids.isEmpty()) {
            return;
        }
        db.deleteFrom(EXAM_ANSWER).where(EXAM_ANSWER.ATTEMPT_ID.in(ids)).execute();
        db.deleteFrom(EXAM_INTEGRITY_EVENT)
                .where(EXAM_INTEGRITY_EVENT.ATTEMPT_ID.in(ids))
                .execute();
        db.deleteFrom(EXAM_ATTEMPT).where(EXAM_ATTEMPT.ID.in(ids)).execute();
    }

    /**
     * Writes one handed-in attempt per sitting (started at the session's opening, handed in at its scheduled end)
     * and returns the attempt ids by candidate. Refused unless the session is a published 纸笔考试 without attempts
     * and every candidate is enrolled with the session's paper.
     */
    public Map<Long, Long> record(long sessionId, List<Sitting> sittings) {
        ExamSession session = requirePaper(sessionId);
        if (session.status() != SessionStatus.PUBLISHED) {
            throw DomainException.conflict(
                    "exam.session.status", session.status().name(), "PUBLISHED");
        }
        if (!attemptIds(sessionId).isEmpty()) {
            throw DomainException.conflict("exam.paper.attemptsExist");
        }
        Set<Long> enrolled = new HashSet<>();
        sessionRepository.enrolments(sessionId).forEach(e -> enrolled.add(e.candidateId()));
        Instant started = session.opensAt();
        Instant end = started.plus(Duration.ofMinutes(session.durationMinutes()));
        Instant handedIn = end.isAfter(session.closesAt()) ? session.closesAt() : end;
        Instant now = clock.instant();
        Map<Long, Long> ids = new LinkedHashMap<>();
        for (Sitting s : sittings) {
            if (!enrolled.contains(s.candidateId())) {
                throw DomainException.conflict("exam.paper.notEnrolled", s.candidateId());
            }
            long id = db.insertInto(EXAM_ATTEMPT)
                    .set(EXAM_ATTEMPT.SESSION_ID, sessionId)
                    .set(EXAM_ATTEMPT.CANDIDATE_ID, s.candidateId())
                    .set(EXAM_ATTEMPT.ATTEMPT_NO, 1)
                    .set(EXAM_ATTEMPT.PAPER_ID, session.paperId())
                    .set(EXAM_ATTEMPT.STATUS, AttemptStatus.SUBMITTED.name())
                    .set(EXAM_ATTEMPT.STARTED_AT, started)
                    .set(EXAM_ATTEMPT.DEADLINE_AT, handedIn)
                    .set(EXAM_ATTEMPT.SUBMITTED_AT, handedIn)
                    .set(EXAM_ATTEMPT.SUBMIT_REASON, SubmitReason.PAPER.name())
                    .set(EXAM_ATTEMPT.SHUFFLE_SEED, 0L)
                    .set(EXAM_ATTEMPT.LAST_SAVE_AT, now)
                    .returning(EXAM_ATTEMPT.ID)
                    .fetchOne()
                    .getId();
            Set<Integer> positions = new java.util.TreeSet<>(s.answers().keySet());
            positions.addAll(s.points().keySet());
            long seq = 0;
            for (int position : positions) {
                db.insertInto(EXAM_ANSWER)
                        .set(EXAM_ANSWER.ATTEMPT_ID, id)
                        .set(EXAM_ANSWER.POSITION, position)
                        .set(EXAM_ANSWER.ANSWER, s.answers().get(position))
                        .set(EXAM_ANSWER.POINTS, s.points().get(position))
                        .set(EXAM_ANSWER.FLAGGED, false)
                        .set(EXAM_ANSWER.SEQ, ++seq)
                        .set(EXAM_ANSWER.SAVED_AT, now)
                        .execute();
            }
            db.update(EXAM_ATTEMPT)
                    .set(EXAM_ATTEMPT.LAST_SEQ, seq)
                    .where(EXAM_ATTEMPT.ID.eq(id))
                    .execute();
            ids.put(s.candidateId(), id);
        }
        return ids;
    }

    private ExamSession requirePaper(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        if (!session.onPaper()) {
            throw DomainException.conflict("exam.paper.notPaper");
        }
        return session;
    }
}
