package org.jianding.app.exams;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.db.tables.records.ExamSessionRecord;
import org.jianding.app.papers.FormReport;
import org.jianding.app.papers.PaperForms;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam sessions for HR and exam administrators: create and change while a draft, publish (which assigns the fixed
 * paper or draws one form per enrolled candidate from the blueprint), cancel. Every change is audited.
 */
@Service
@RetriedOnConflict
@Transactional
public class ExamSessions {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExamSessionRepository repository;
    private final Accounts accounts;
    private final PaperForms forms;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Looked up when asked: the implementations (grading) themselves use this class. */
    private final ObjectProvider<SessionReadiness> readiness;

    private final SessionDrafts drafts;

    ExamSessions(
            ExamSessionRepository repository,
            Accounts accounts,
            PaperForms forms,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<SessionReadiness> readiness,
            SessionDrafts drafts) {
        this.drafts = drafts;
        this.events = events;
        this.readiness = readiness;
        this.repository = repository;
        this.accounts = accounts;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    public ExamSession create(SessionDraft given, long userId) {
        SessionDraft draft = drafts.withDefaults(given);
        drafts.check(draft);
        long id = repository.insert(draft, userId, clock.instant());
        audit.record("exam.session.created", "examSession", id, draft.title());
        return get(id);
    }

    /** Changes a draft session; a published one is changed only through proctoring (extra time, re-open). */
    public ExamSession update(long id, SessionDraft given) {
        SessionDraft draft = drafts.withDefaults(given);
        ExamSession current = get(id);
        requireStatus(current, SessionStatus.DRAFT);
        drafts.check(draft);
        repository.update(id, draft, clock.instant());
        audit.record("exam.session.updated", "examSession", id, draft.title());
        return get(id);
    }

    @Transactional(readOnly = true)
    public ExamSession get(long id) {
        return repository
                .find(id)
                .map(this::toSession)
                .orElseThrow(() -> DomainException.notFound("exam.session.notFound", id));
    }

    /** What the other modules say about the session's readiness (who marks it …), in their order. */
    @Transactional(readOnly = true)
    public List<SessionReadiness.Note> readiness(long id, Locale locale) {
        ExamSession session = get(id);
        return readiness
                .orderedStream()
                .flatMap(r -> r.notes(session, locale).stream())
                .toList();
    }

    /** The newest sessions first. */
    @Transactional(readOnly = true)
    public List<ExamSession> list() {
        return toSessions(repository.list(500));
    }

    /**
     * The draft sessions (not published, not cancelled), newest first: an exam administrator's 待发布. A draft whose
     * window has closed is among them: it can only be changed or cancelled.
     */
    @Transactional(readOnly = true)
    public List<ExamSession> drafts() {
        return list().stream().filter(s -> s.status() == SessionStatus.DRAFT).toList();
    }

    /** The newest sessions first, each with how many are enrolled, have started and have handed in. */
    @Transactional(readOnly = true)
    public List<SessionOverview> overview() {
        List<ExamSession> sessions = list();
        Map<Long, int[]> counts =
                repository.counts(sessions.stream().map(ExamSession::id).toList());
        return sessions.stream()
                .map(s -> {
                    int[] c = counts.getOrDefault(s.id(), new int[3]);
                    return new SessionOverview(s, c[0], c[1], c[2]);
                })
                .toList();
    }

    /**
     * Makes the session visible to its candidates and gives every enrolled candidate a paper: the fixed paper, or
     * their own form drawn from the blueprint. Refused, with each candidate the bank cannot serve named, if a form
     * cannot be drawn.
     */
    public ExamSession publish(long id) {
        ExamSession session = get(id);
        requireStatus(session, SessionStatus.DRAFT);
        if (!session.closesAt().isAfter(clock.instant())) {
            throw DomainException.conflict("exam.session.alreadyClosed");
        }
        long seed = SEEDS.nextLong();
        List<Long> candidates =
                repository.enrolments(id).stream().map(Enrolment::candidateId).toList();
        assignPapers(session, candidates, seed);
        repository.setStatus(id, SessionStatus.PUBLISHED, seed, clock.instant());
        audit.record("exam.session.published", "examSession", id, session.title() + ", " + candidates.size() + " 人");
        events.publishEvent(new SessionPublished(id, session.createdById()));
        events.publishEvent(new CandidatesEnrolled(id, candidates));
        return get(id);
    }

    public ExamSession cancel(long id, String reason) {
        ExamSession session = get(id);
        if (session.status() == SessionStatus.CANCELLED) {
            return session;
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.badRequest("exam.reason.required");
        }
        repository.setStatus(id, SessionStatus.CANCELLED, null, clock.instant());
        audit.record("exam.session.cancelled", "examSession", id, session.title() + "：" + why);
        return get(id);
    }

    /** Gives each of these enrolled candidates their paper (used at publish and for enrolments after it). */
    void assignPapers(ExamSession session, List<Long> candidateIds, long seed) {
        if (candidateIds.isEmpty()) {
            return;
        }
        if (!session.perCandidateForms()) {
            candidateIds.forEach(c -> repository.assignPaper(session.id(), c, session.paperId()));
            return;
        }
        FormReport report = forms.generate(session.blueprintVersionId(), candidateIds, seed);
        if (!report.failures().isEmpty()) {
            List<String> names = new ArrayList<>();
            report.failures()
                    .forEach((candidate, reasons) ->
                            names.add(accounts.get(candidate).displayName() + "：" + String.join("；", reasons)));
            throw DomainException.conflict("exam.forms.failed", String.join(" / ", names));
        }
        report.forms().forEach(f -> repository.assignPaper(session.id(), f.candidateId(), f.paperId()));
    }

    static void requireStatus(ExamSession session, SessionStatus expected) {
        if (session.status() != expected) {
            throw DomainException.conflict(
                    "exam.session.status", session.status().name(), expected.name());
        }
    }

    /** Every problem of the draft, in the reader's language, in form order; empty when it may be saved. */
    @Transactional(readOnly = true)
    public List<String> problems(SessionDraft given, Locale locale) {
        return drafts.problems(given, locale);
    }

    ExamSession toSession(ExamSessionRecord r) {
        return toSessions(List.of(r)).get(0);
    }

    /** Sessions of these records, with the post names read once for all of them. */
    List<ExamSession> toSessions(List<ExamSessionRecord> records) {
        Map<Long, String> postNames = new HashMap<>();
        accounts.posts().forEach(p -> postNames.put(p.id(), p.name()));
        return records.stream()
                .map(r -> toSession(r, postNames.getOrDefault(r.getPostId(), "")))
                .toList();
    }

    private ExamSession toSession(ExamSessionRecord r, String postName) {
        return new ExamSession(
                r.getId(),
                r.getTitle(),
                r.getPostId(),
                postName,
                Level.ofRank(r.getLevelRank()).orElseThrow(),
                r.getPaperId(),
                r.getBlueprintVersionId(),
                SessionStatus.valueOf(r.getStatus()),
                r.getOpensAt(),
                r.getClosesAt(),
                r.getDurationMinutes(),
                r.getLateEntryMinutes(),
                r.getMinMinutesBeforeHandin(),
                r.getAttemptsAllowed(),
                r.getShuffleQuestions(),
                r.getShuffleOptions(),
                ResultsRelease.valueOf(r.getResultsRelease()),
                r.getShowKeysAfterRelease(),
                r.getMaxFocusLosses(),
                r.getInstructions(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                SittingMode.valueOf(r.getSittingMode()));
    }
}
