package org.jianding.app.exams;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperForms;
import org.jianding.app.papers.PublishedPapers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's side of an exam: start (or resume) an attempt, load the sheet, save answers, keep the clock,
 * report integrity events and hand in. Every method takes the candidate's id and refuses an attempt that is not
 * theirs with "not found", so nobody learns that another person's attempt exists.
 */
@Service
@RetriedOnConflict(afterConnectionLoss = true)
@Transactional
public class Attempts {

    /** How recently another page must have been seen for a new page to count as a second device. */
    static final Duration SECOND_DEVICE_WINDOW = Duration.ofSeconds(90);

    static final int MAX_EVENT_DETAIL = 200;
    /**
     * The highest sequence number a page may send. A page counts its saves from 1, so no exam reaches it, while the
     * stored last sequence stays far enough below Long.MAX_VALUE for the page's next save always to be higher.
     */
    public static final long MAX_SEQ = 1_000_000_000L;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExamSessionRepository sessionRepository;
    private final AttemptRepository repository;
    private final ExamSessions sessions;
    private final PublishedPapers papers;
    private final PaperForms forms;
    private final Submissions submissions;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration grace;
    private final EventRateLimit eventRate;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ShownSheets shown;

    Attempts(
            ExamSessionRepository sessionRepository,
            AttemptRepository repository,
            ExamSessions sessions,
            PublishedPapers papers,
            PaperForms forms,
            Submissions submissions,
            AuditLog audit,
            Clock clock,
            ExamSettings settings,
            EventRateLimit eventRate,
            ShownSheets shown) {
        this.sessionRepository = sessionRepository;
        this.repository = repository;
        this.sessions = sessions;
        this.papers = papers;
        this.forms = forms;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
        this.grace = settings.saveGrace();
        this.eventRate = eventRate;
        this.shown = shown;
    }

    /** How long after its deadline a save sent before the deadline is still taken. */
    public Duration grace() {
        return grace;
    }

    /** The candidate's sessions (published or cancelled after enrolment), newest first, with what they may do. */
    @Transactional(readOnly = true)
    public List<MyExam> myExams(long candidateId) {
        List<Enrolment> enrolments = sessionRepository.enrolmentsOf(candidateId);
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<Long, ExamSession> byId = new HashMap<>();
        sessions.toSessions(sessionRepository.findAll(
                        enrolments.stream().map(Enrolment::sessionId).toList()))
                .forEach(s -> byId.put(s.id(), s));
        Map<Long, List<ExamAttemptRecord>> attempts = new HashMap<>();
        repository
                .ofCandidate(candidateId)
                .forEach(a -> attempts.computeIfAbsent(a.getSessionId(), k -> new java.util.ArrayList<>())
                        .add(a));
        Instant now = clock.instant();
        return enrolments.stream()
                .map(e -> byId.get(e.sessionId()))
                .filter(s -> s.status() != SessionStatus.DRAFT)
                .map(s -> MyExam.of(s, attempts.getOrDefault(s.id(), List.of()), now))
                .toList();
    }

    /** The session as the candidate may see it before starting (title, times, 考试须知); refused if not enrolled. */
    @Transactional(readOnly = true)
    public MyExam myExam(long sessionId, long candidateId) {
        return myExams(candidateId).stream()
                .filter(m -> m.session().id() == sessionId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("exam.session.notFound", sessionId));
    }

    /**
     * Starts an attempt, or returns the open one (so a second click, a reload or another device resumes rather
     * than starts again). Refused, with the reason, before the window opens, after the late-entry limit, when no
     * attempts are left, or when the candidate has no paper.
     */
    public long start(long sessionId, long candidateId, String clientId) {
        ExamSession session = sessions.get(sessionId);
        Enrolment enrolment = sessionRepository
                .enrolment(sessionId, candidateId)
                .filter(e -> session.status() != SessionStatus.DRAFT)
                .orElseThrow(() -> DomainException.notFound("exam.session.notFound", sessionId));
        List<ExamAttemptRecord> earlier = repository.attempts(sessionId, candidateId);
        Optional<ExamAttemptRecord> open = earlier.stream()
                .filter(a -> AttemptStatus.OPEN.name().equals(a.getStatus()))
                .findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        Instant now = clock.instant();
        if (session.status() == SessionStatus.CANCELLED) {
            throw DomainException.conflict("exam.start.cancelled");
        }
        if (session.onPaper()) {
            throw DomainException.conflict("exam.start.onPaper");
        }
        if (now.isBefore(session.opensAt())) {
            throw DomainException.conflict("exam.start.notYet");
        }
        if (now.isAfter(session.latestStart())) {
            throw DomainException.conflict("exam.start.tooLate");
        }
        if (earlier.size() >= session.attemptsAllowed()) {
            throw DomainException.conflict("exam.start.noAttemptsLeft", session.attemptsAllowed());
        }
        Long paperId = enrolment.paperId();
        if (paperId == null) {
            throw DomainException.conflict("exam.start.noPaper");
        }
        if (!earlier.isEmpty() && session.perCandidateForms()) {
            // a re-take gets a fresh form without the questions of the earlier ones
            var report = forms.generate(session.blueprintVersionId(), List.of(candidateId), SEEDS.nextLong());
            if (report.forms().isEmpty()) {
                throw DomainException.conflict("exam.start.noPaper");
            }
            paperId = report.forms().get(0).paperId();
        }
        Instant end = now.plus(Duration.ofMinutes(session.durationMinutes()));
        if (end.isAfter(session.closesAt())) {
            end = session.closesAt();
        }
        Instant deadline = end.plus(Duration.ofMinutes(enrolment.extraMinutes()));
        int attemptNo = earlier.size() + 1;
        Optional<Long> id = repository.insert(
                sessionId, candidateId, attemptNo, paperId, now, deadline, SEEDS.nextLong(), clientId);
        if (id.isEmpty()) {
            // a concurrent start of the same attempt won: resume that one. A locking read, since this
            // transaction's snapshot (REPEATABLE READ) predates the winner's commit and would not show its row.
            return repository
                    .lockedAttempt(sessionId, candidateId, attemptNo)
                    .orElseThrow()
                    .getId();
        }
        audit.record("exam.started", "examAttempt", id.get(), session.title() + "，第" + attemptNo + "次，截止 " + deadline);
        return id.get();
    }

    /**
     * The sheet for the candidate's page. {@code clientId} names the page instance: when a different page (another
     * device or window) opened the attempt recently, a SECOND_DEVICE event is recorded and the new page takes over.
     */
    public ExamSheet sheet(long attemptId, long candidateId, String clientId) {
        ExamAttemptRecord a = own(attemptId, candidateId);
        ExamSession session = sessions.get(a.getSessionId());
        Instant now = clock.instant();
        if (AttemptStatus.OPEN.name().equals(a.getStatus()) && clientId != null && !clientId.isBlank()) {
            String previous = a.getClientId();
            if (previous != null
                    && !previous.equals(clientId)
                    && a.getLastSeenAt() != null
                    && a.getLastSeenAt().isAfter(now.minus(SECOND_DEVICE_WINDOW))) {
                repository.addEvent(attemptId, IntegrityKind.SECOND_DEVICE, "新页面接管作答", now);
            }
            repository.setClient(attemptId, clipped(clientId, 40), now);
        }
        PaperContent paper = papers.content(a.getPaperId());
        List<ExamSheet.Question> questions =
                SheetQuestions.of(paper, session.shuffleQuestions(), session.shuffleOptions(), a.getShuffleSeed());
        Map<Integer, ExamSheet.Answer> answers = new HashMap<>();
        repository
                .answers(attemptId)
                .forEach(s -> answers.put(s.position(), new ExamSheet.Answer(s.answer(), s.flagged(), s.seq())));
        return new ExamSheet(
                attemptId,
                session.id(),
                session.title(),
                session.instructions(),
                a.getAttemptNo(),
                AttemptStatus.valueOf(a.getStatus()),
                a.getStartedAt(),
                a.getDeadlineAt(),
                a.getStartedAt().plus(Duration.ofMinutes(session.minMinutesBeforeHandIn())),
                now,
                a.getLastSeq(),
                paper.maxPoints(),
                questions,
                answers);
    }

    /**
     * The options of a handed-in or open attempt as its candidate saw them, for results and answer reviews. Callers
     * check who may read the attempt.
     */
    @Transactional(readOnly = true)
    public ShownOptions shownOptions(long attemptId) {
        ExamAttemptRecord a = repository.find(attemptId).orElse(null);
        return a == null || a.getPaperId() == null ? ShownOptions.none() : shown.options(a);
    }

    /**
     * Stores one answer. The save with the highest sequence number wins, whatever order saves arrive in; a save
     * that is older than what is stored is acknowledged as {@code stored=false} and changes nothing.
     *
     * <p>READ COMMITTED: the attempt's row lock already orders the saves of one attempt, and under REPEATABLE READ
     * the update-then-insert of a first answer took gap locks on exam_answer's key, so candidates saving their
     * first answers at the same moment deadlocked each other (measured under load; see
     * docs/benchmarks-exam-delivery.md).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED, noRollbackFor = RefusedSave.class)
    public SaveAck save(
            long attemptId,
            long candidateId,
            String clientId,
            int position,
            long seq,
            JsonNode answer,
            boolean flagged) {
        return save(attemptId, candidateId, clientId, position, seq, answer, flagged, null);
    }

    /**
     * As {@link #save(long, long, String, int, long, JsonNode, boolean)}, with the time the page first sent this save
     * (its estimate of the server's clock; null = now). After the deadline a save is taken during the grace only
     * when it was first sent before the deadline: the grace covers saves in flight, not answers given after time.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED, noRollbackFor = RefusedSave.class)
    public SaveAck save(
            long attemptId,
            long candidateId,
            String clientId,
            int position,
            long seq,
            JsonNode answer,
            boolean flagged,
            Instant sentAt) {
        if (seq < 1 || seq > MAX_SEQ) {
            throw DomainException.badRequest("exam.save.seq.range", MAX_SEQ);
        }
        ExamAttemptRecord a = repository
                .lock(attemptId)
                .filter(r -> r.getCandidateId() == candidateId)
                .orElseThrow(() -> DomainException.notFound("exam.attempt.notFound", attemptId));
        Instant now = clock.instant();
        requireWritable(a, now);
        if (!a.getDeadlineAt().isAfter(now) && (sentAt == null || !sentAt.isBefore(a.getDeadlineAt()))) {
            throw DomainException.conflict("exam.attempt.timeUp");
        }
        requireOwnPage(a, clientId, now);
        ExamSheet.Question question = shown.questions(a).stream()
                .filter(q -> q.position() == position)
                .findFirst()
                .orElseThrow(() -> DomainException.badRequest("exam.save.position", position));
        JsonNode canonical = AnswerShape.canonical(question, answer);
        String value = canonical == null ? null : json.writeValueAsString(canonical);
        boolean stored = repository.upsertAnswer(attemptId, position, value, flagged, seq, now);
        repository.acceptSave(attemptId, seq, now, now.minus(grace));
        return new SaveAck(attemptId, position, seq, stored, now, Math.max(seq, a.getLastSeq()));
    }

    /**
     * A save must name the page instance the attempt belongs to (X-Exam-Client, bound when a page opened the
     * attempt). A save from a page another one took over from is refused (the takeover itself was recorded as
     * SECOND_DEVICE). A save that names no page, or an attempt no page has opened, is refused and recorded for the
     * proctor as FOREIGN_SAVE: it can only come from outside the exam page. {@link RefusedSave} lets the record commit.
     */
    private void requireOwnPage(ExamAttemptRecord a, String clientId, Instant now) {
        boolean named = clientId != null && !clientId.isBlank();
        if (named && clientId.equals(a.getClientId())) {
            return;
        }
        if (named && a.getClientId() != null) {
            throw DomainException.conflict("exam.attempt.otherDevice");
        }
        String detail = named ? "保存来自未打开本场考试的页面 " + clipped(clientId, 40) : "保存请求未标明考试页面";
        repository.addEvent(a.getId(), IntegrityKind.FOREIGN_SAVE, detail, now);
        throw new RefusedSave("exam.save.noPage");
    }

    /** The server's clock for the page: status, deadline and now; also tells the proctor the page is alive. */
    public ClockTick tick(long attemptId, long candidateId, String clientId) {
        ExamAttemptRecord a = own(attemptId, candidateId);
        Instant now = clock.instant();
        boolean open = AttemptStatus.OPEN.name().equals(a.getStatus());
        boolean superseded =
                clientId != null && a.getClientId() != null && !a.getClientId().equals(clientId);
        if (open && !superseded) {
            repository.seen(attemptId, now);
        }
        return new ClockTick(attemptId, AttemptStatus.valueOf(a.getStatus()), a.getDeadlineAt(), now, superseded);
    }

    /** Hands in. Idempotent: handing in a submitted attempt returns it unchanged. */
    public ClockTick handIn(long attemptId, long candidateId) {
        ExamAttemptRecord a = repository
                .lock(attemptId)
                .filter(r -> r.getCandidateId() == candidateId)
                .orElseThrow(() -> DomainException.notFound("exam.attempt.notFound", attemptId));
        Instant now = clock.instant();
        if (AttemptStatus.OPEN.name().equals(a.getStatus())) {
            ExamSession session = sessions.get(a.getSessionId());
            Instant earliest = a.getStartedAt().plus(Duration.ofMinutes(session.minMinutesBeforeHandIn()));
            boolean timedOut = !a.getDeadlineAt().isAfter(now);
            if (now.isBefore(earliest) && !timedOut) {
                throw DomainException.conflict("exam.handIn.tooEarly", session.minMinutesBeforeHandIn());
            }
            submissions.submit(
                    attemptId,
                    a.getSessionId(),
                    candidateId,
                    timedOut ? SubmitReason.TIMEOUT : SubmitReason.CANDIDATE,
                    null);
        }
        return tick(attemptId, candidateId, null);
    }

    /**
     * Records what the page reports (leaving the page, leaving full screen, paste). With a focus-loss limit on the
     * session, reaching it submits the attempt. Returns the attempt's status afterwards.
     */
    @RetriedOnConflict // not after a broken connection: an event recorded twice would be shown twice
    public AttemptStatus report(long attemptId, long candidateId, String kind, String detail) {
        IntegrityKind k = IntegrityKind.fromPage(kind)
                .orElseThrow(() -> DomainException.badRequest("exam.event.kind", String.valueOf(kind)));
        ExamAttemptRecord a = own(attemptId, candidateId);
        if (!AttemptStatus.OPEN.name().equals(a.getStatus())) {
            return AttemptStatus.SUBMITTED;
        }
        if (!eventRate.tryAcquire(attemptId)) {
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "exam.event.tooMany", eventRate.perMinute());
        }
        Instant now = clock.instant();
        repository.addEvent(attemptId, k, clipped(detail, MAX_EVENT_DETAIL), now);
        if (k == IntegrityKind.FOCUS_LOST) {
            int losses = repository.addFocusLoss(attemptId);
            ExamSession session = sessions.get(a.getSessionId());
            if (session.maxFocusLosses() != null && losses >= session.maxFocusLosses()) {
                submissions.submit(
                        attemptId,
                        a.getSessionId(),
                        candidateId,
                        SubmitReason.FOCUS_LIMIT,
                        "离开页面" + losses + "次，达到上限" + session.maxFocusLosses() + "次");
                return AttemptStatus.SUBMITTED;
            }
        }
        return AttemptStatus.OPEN;
    }

    private ExamAttemptRecord own(long attemptId, long candidateId) {
        return repository
                .find(attemptId)
                .filter(r -> r.getCandidateId() == candidateId)
                .orElseThrow(() -> DomainException.notFound("exam.attempt.notFound", attemptId));
    }

    private void requireWritable(ExamAttemptRecord a, Instant now) {
        if (!AttemptStatus.OPEN.name().equals(a.getStatus())) {
            throw DomainException.conflict("exam.attempt.submitted");
        }
        if (!a.getDeadlineAt().isAfter(now.minus(grace))) {
            throw DomainException.conflict("exam.attempt.timeUp");
        }
    }

    private static String clipped(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
