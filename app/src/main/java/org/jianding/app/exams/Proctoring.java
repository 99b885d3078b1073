package org.jianding.app.exams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;
import org.jianding.app.papers.PublishedPapers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proctor's side (监考): the live state of every enrolled candidate, and per candidate extra time, re-opening
 * a submitted attempt after an incident and forcing a hand-in, each with a reason that goes into the audit log.
 */
@Service
@RetriedOnConflict
@Transactional
public class Proctoring {

    static final int MAX_EXTRA_MINUTES = 240;
    static final int MAX_REASON = 500;

    /** A page not heard from for this long is shown as offline. */
    static final Duration ONLINE_WINDOW = Duration.ofSeconds(75);

    private final ExamSessionRepository sessionRepository;
    private final AttemptRepository repository;
    private final ExamSessions sessions;
    private final PublishedPapers papers;
    private final Accounts accounts;
    private final Submissions submissions;
    private final AuditLog audit;
    private final Clock clock;

    Proctoring(
            ExamSessionRepository sessionRepository,
            AttemptRepository repository,
            ExamSessions sessions,
            PublishedPapers papers,
            Accounts accounts,
            Submissions submissions,
            AuditLog audit,
            Clock clock) {
        this.sessionRepository = sessionRepository;
        this.repository = repository;
        this.sessions = sessions;
        this.papers = papers;
        this.accounts = accounts;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every enrolled candidate with their latest attempt: progress, last save, connection, events, time left. A
     * fixed number of queries whatever the size of the session (people, papers, answers and events each in one go).
     */
    @Transactional(readOnly = true)
    public LiveView live(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        Instant now = clock.instant();
        List<Enrolment> enrolments = sessionRepository.enrolments(sessionId);
        Map<Long, ExamAttemptRecord> latest = new HashMap<>();
        Map<Long, Integer> attemptCounts = new HashMap<>();
        for (ExamAttemptRecord a : repository.ofSession(sessionId)) {
            latest.merge(a.getCandidateId(), a, (x, y) -> x.getAttemptNo() >= y.getAttemptNo() ? x : y);
            attemptCounts.merge(a.getCandidateId(), 1, Integer::sum);
        }
        List<Long> attemptIds =
                latest.values().stream().map(ExamAttemptRecord::getId).toList();
        Map<Long, Integer> answered = repository.answeredCounts(attemptIds);
        Map<Long, List<LiveView.Event>> events = new HashMap<>();
        repository
                .events(attemptIds)
                .forEach(e -> events.computeIfAbsent(e.attemptId(), k -> new ArrayList<>())
                        .add(new LiveView.Event(e.kind(), e.kind().label(), e.detail(), e.occurredAt())));
        Map<Long, UserAccount> people =
                accounts.getAll(enrolments.stream().map(Enrolment::candidateId).toList());
        Set<Long> paperIds = new HashSet<>();
        for (Enrolment e : enrolments) {
            Long paperId = paperOf(e, latest.get(e.candidateId()));
            if (paperId != null) {
                paperIds.add(paperId);
            }
        }
        Map<Long, Integer> questionCounts = papers.questionCounts(paperIds);
        List<LiveView.Row> rows = new ArrayList<>(enrolments.size());
        for (Enrolment e : enrolments) {
            ExamAttemptRecord a = latest.get(e.candidateId());
            UserAccount user = people.get(e.candidateId());
            Long paperId = paperOf(e, a);
            boolean open = a != null && AttemptStatus.OPEN.name().equals(a.getStatus());
            rows.add(new LiveView.Row(
                    e.candidateId(),
                    user == null ? "" : user.employeeNo(),
                    user == null ? "#" + e.candidateId() : user.displayName(),
                    user == null || user.orgUnit() == null ? "" : user.orgUnit().name(),
                    a == null ? null : a.getId(),
                    attemptCounts.getOrDefault(e.candidateId(), 0),
                    LiveView.stateOf(a),
                    a == null ? 0 : answered.getOrDefault(a.getId(), 0),
                    paperId == null ? 0 : questionCounts.getOrDefault(paperId, 0),
                    a == null ? null : a.getLastSaveAt(),
                    open && a.getLastSeenAt() != null && a.getLastSeenAt().isAfter(now.minus(ONLINE_WINDOW)),
                    open ? Math.max(0, Duration.between(now, a.getDeadlineAt()).getSeconds()) : null,
                    a == null ? null : a.getDeadlineAt(),
                    a == null ? null : a.getSubmitReason(),
                    e.extraMinutes(),
                    a == null ? List.of() : events.getOrDefault(a.getId(), List.of())));
        }
        return new LiveView(session, now, rows);
    }

    /** The paper of the latest attempt (a re-take may have its own form), else the one assigned at enrolment. */
    private static Long paperOf(Enrolment e, ExamAttemptRecord latest) {
        return latest != null ? latest.getPaperId() : e.paperId();
    }

    /**
     * Gives a candidate extra minutes: the running attempt's deadline moves at once (the page picks it up at its
     * next clock tick), and later attempts get it too.
     */
    public void extend(long sessionId, long candidateId, int minutes, String reason) {
        String why = reason(reason);
        if (minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
            throw DomainException.badRequest("exam.extend.minutes", MAX_EXTRA_MINUTES);
        }
        enrolment(sessionId, candidateId);
        sessionRepository.addExtraMinutes(sessionId, candidateId, minutes);
        String detail = candidateLabel(candidateId) + " 延长" + minutes + "分钟：" + why;
        for (ExamAttemptRecord a : repository.attempts(sessionId, candidateId)) {
            if (AttemptStatus.OPEN.name().equals(a.getStatus())) {
                ExamAttemptRecord locked = repository.lock(a.getId()).orElseThrow();
                Instant deadline = locked.getDeadlineAt().plus(Duration.ofMinutes(minutes));
                repository.setDeadline(a.getId(), deadline);
                detail += "，新截止 " + deadline;
            }
        }
        audit.record("exam.extended", "examSession", sessionId, detail);
    }

    /** Opens the candidate's latest (submitted) attempt again for {@code minutes}, keeping every answer. */
    public void reopen(long sessionId, long candidateId, int minutes, String reason) {
        String why = reason(reason);
        if (minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
            throw DomainException.badRequest("exam.extend.minutes", MAX_EXTRA_MINUTES);
        }
        enrolment(sessionId, candidateId);
        List<ExamAttemptRecord> attempts = repository.attempts(sessionId, candidateId);
        if (attempts.isEmpty()) {
            throw DomainException.conflict("exam.reopen.notStarted");
        }
        ExamAttemptRecord last = attempts.get(attempts.size() - 1);
        Instant deadline = clock.instant().plus(Duration.ofMinutes(minutes));
        if (!repository.reopen(last.getId(), deadline)) {
            throw DomainException.conflict("exam.reopen.notSubmitted");
        }
        audit.record(
                "exam.reopened",
                "examAttempt",
                last.getId(),
                candidateLabel(candidateId) + " 重新开放" + minutes + "分钟，截止 " + deadline + "：" + why);
    }

    /** Submits the candidate's running attempt now. */
    public void forceHandIn(long sessionId, long candidateId, String reason) {
        String why = reason(reason);
        enrolment(sessionId, candidateId);
        ExamAttemptRecord open = repository.attempts(sessionId, candidateId).stream()
                .filter(a -> AttemptStatus.OPEN.name().equals(a.getStatus()))
                .findFirst()
                .orElseThrow(() -> DomainException.conflict("exam.force.notRunning"));
        repository.lock(open.getId());
        // the candidate or the deadline job may have handed in since the read above: only one of us submits
        if (!submissions.submit(
                open.getId(), sessionId, candidateId, SubmitReason.PROCTOR, candidateLabel(candidateId) + "：" + why)) {
            throw DomainException.conflict("exam.force.notRunning");
        }
    }

    /** Submits a timed-out attempt (the deadline job, one transaction per attempt); true if this call did it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RetriedOnConflict(afterConnectionLoss = true) // a conditional UPDATE: a second run finds it submitted
    public boolean timeOut(long attemptId) {
        ExamAttemptRecord a = repository.lock(attemptId).orElse(null);
        if (a == null
                || !AttemptStatus.OPEN.name().equals(a.getStatus())
                || a.getDeadlineAt().isAfter(clock.instant())) {
            return false;
        }
        return submissions.submit(attemptId, a.getSessionId(), a.getCandidateId(), SubmitReason.TIMEOUT, null);
    }

    private Enrolment enrolment(long sessionId, long candidateId) {
        return sessionRepository
                .enrolment(sessionId, candidateId)
                .orElseThrow(() -> DomainException.notFound("exam.enrolment.notFound", candidateId));
    }

    private String candidateLabel(long candidateId) {
        UserAccount u = accounts.get(candidateId);
        return u.employeeNo() + " " + u.displayName();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.badRequest("exam.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw DomainException.badRequest("exam.reason.tooLong", MAX_REASON);
        }
        return why;
    }
}
