package org.jianding.app.exams;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.exams.db.tables.records.ExamSessionRecord;
import org.jianding.app.papers.FormReport;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperForms;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperStatus;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
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

    static final int MAX_TITLE = 200;
    static final int MAX_INSTRUCTIONS = 20_000;
    static final int MAX_DURATION_MINUTES = 600;
    static final int MAX_ATTEMPTS = 10;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExamSessionRepository repository;
    private final Accounts accounts;
    private final Papers papers;
    private final PaperForms forms;
    private final Blueprints blueprints;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Looked up when asked: the implementations (grading) themselves use this class. */
    private final ObjectProvider<SessionReadiness> readiness;

    private final MessageSource messages;

    ExamSessions(
            ExamSessionRepository repository,
            Accounts accounts,
            Papers papers,
            PaperForms forms,
            Blueprints blueprints,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<SessionReadiness> readiness,
            MessageSource messages) {
        this.messages = messages;
        this.events = events;
        this.readiness = readiness;
        this.repository = repository;
        this.accounts = accounts;
        this.papers = papers;
        this.forms = forms;
        this.blueprints = blueprints;
        this.audit = audit;
        this.clock = clock;
    }

    public ExamSession create(SessionDraft given, long userId) {
        SessionDraft draft = withDefaults(given);
        check(draft);
        long id = repository.insert(draft, userId, clock.instant());
        audit.record("exam.session.created", "examSession", id, draft.title());
        return get(id);
    }

    /** Changes a draft session; a published one is changed only through proctoring (extra time, re-open). */
    public ExamSession update(long id, SessionDraft given) {
        SessionDraft draft = withDefaults(given);
        ExamSession current = get(id);
        requireStatus(current, SessionStatus.DRAFT);
        check(draft);
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
        Words w = new Words(messages, locale);
        SessionDraft d = withDefaults(given);
        List<String> problems = new ArrayList<>();
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(w.get("exam.session.problem.title", String.valueOf(MAX_TITLE)));
        }
        Post post = d.postId() == null
                ? null
                : accounts.posts().stream()
                        .filter(p -> p.id() == d.postId())
                        .findFirst()
                        .orElse(null);
        if (post == null) {
            problems.add(w.get("exam.session.problem.post"));
        }
        if (d.level() == null) {
            problems.add(w.get("exam.session.problem.level"));
        }
        if ((d.paperId() == null) == (d.blueprintVersionId() == null)) {
            problems.add(w.get("exam.session.problem.source"));
        } else if (d.paperId() != null) {
            PaperContent paper = existing(() -> papers.content(d.paperId()));
            if (paper == null) {
                problems.add(w.get("exam.session.problem.paperMissing", String.valueOf(d.paperId())));
            } else if (paper.paper().kind() != PaperKind.FIXED || paper.paper().status() != PaperStatus.PUBLISHED) {
                problems.add(w.get(
                        "exam.session.problem.paperNotFixed", paper.paper().title()));
            } else {
                checkMatches(blueprints.version(paper.paper().blueprintVersionId()), d, problems, w);
            }
        } else {
            BlueprintVersion version = existing(() -> blueprints.version(d.blueprintVersionId()));
            if (version == null) {
                problems.add(w.get("exam.session.problem.blueprintMissing", String.valueOf(d.blueprintVersionId())));
            } else {
                checkMatches(version, d, problems, w);
            }
        }
        if (d.modeOrOnline() == SittingMode.PAPER) {
            if (d.paperId() == null) {
                problems.add(w.get("exam.session.problem.paperMode"));
            }
            if (d.attemptsAllowed() != null && d.attemptsAllowed() != 1) {
                problems.add(w.get("exam.session.problem.paperAttempts"));
            }
        }
        int duration = d.durationMinutes() == null ? 0 : d.durationMinutes();
        if (duration < 1 || duration > MAX_DURATION_MINUTES) {
            problems.add(w.get("exam.session.problem.duration", String.valueOf(MAX_DURATION_MINUTES)));
        }
        if (d.opensAt() == null || d.closesAt() == null) {
            problems.add(w.get("exam.session.problem.times"));
        } else if (!d.closesAt().isAfter(d.opensAt())) {
            problems.add(w.get("exam.session.problem.order"));
        } else if (duration > 0 && Duration.between(d.opensAt(), d.closesAt()).toMinutes() < duration) {
            problems.add(w.get("exam.session.problem.window", String.valueOf(duration)));
        }
        if (d.lateEntryMinutes() != null && d.lateEntryMinutes() < 0) {
            problems.add(w.get("exam.session.problem.lateEntry"));
        }
        int minHandIn = d.minMinutesBeforeHandIn() == null ? 0 : d.minMinutesBeforeHandIn();
        if (minHandIn < 0 || (duration > 0 && minHandIn > duration)) {
            problems.add(w.get("exam.session.problem.minHandIn"));
        }
        int attempts = d.attemptsAllowed() == null ? 1 : d.attemptsAllowed();
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            problems.add(w.get("exam.session.problem.attempts", String.valueOf(MAX_ATTEMPTS)));
        }
        if (d.maxFocusLosses() != null && d.maxFocusLosses() < 1) {
            problems.add(w.get("exam.session.problem.focusLosses"));
        }
        if (d.instructions() != null && d.instructions().length() > MAX_INSTRUCTIONS) {
            problems.add(w.get("exam.session.problem.instructions", String.valueOf(MAX_INSTRUCTIONS)));
        }
        return problems;
    }

    /**
     * The draft with what was left empty filled in: no duration takes the duration of the blueprint behind the
     * chosen paper or blueprint version (when it names one).
     */
    SessionDraft withDefaults(SessionDraft d) {
        if (d.durationMinutes() != null) {
            return d;
        }
        Long versionId = d.blueprintVersionId();
        if (versionId == null && d.paperId() != null) {
            PaperContent paper = existing(() -> papers.content(d.paperId()));
            versionId = paper == null ? null : paper.paper().blueprintVersionId();
        }
        Long id = versionId;
        BlueprintVersion version = id == null ? null : existing(() -> blueprints.version(id));
        if (version == null || version.spec().durationMinutes() <= 0) {
            return d;
        }
        return new SessionDraft(
                d.title(),
                d.postId(),
                d.level(),
                d.paperId(),
                d.blueprintVersionId(),
                d.opensAt(),
                d.closesAt(),
                version.spec().durationMinutes(),
                d.lateEntryMinutes(),
                d.minMinutesBeforeHandIn(),
                d.attemptsAllowed(),
                d.shuffleQuestions(),
                d.shuffleOptions(),
                d.resultsRelease(),
                d.showKeysAfterRelease(),
                d.maxFocusLosses(),
                d.instructions(),
                d.mode());
    }

    private void check(SessionDraft d) {
        Words w = Words.ofReader(messages);
        List<String> problems = problems(d, w.locale());
        if (!problems.isEmpty()) {
            String separator = w.chinese() ? "；" : "; ";
            throw DomainException.badRequest("exam.session.invalid", String.join(separator, problems));
        }
    }

    /** The thing, or null when it does not exist (a stale or forged id in a form). */
    private static <T> T existing(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            if (e.getStatusCode().value() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static void checkMatches(BlueprintVersion version, SessionDraft d, List<String> problems, Words w) {
        if (d.postId() != null && version.postId() != d.postId()) {
            problems.add(w.get("exam.session.problem.postMismatch", version.postName()));
        }
        if (d.level() != null && version.level() != d.level()) {
            problems.add(w.get(
                    "exam.session.problem.levelMismatch",
                    w.chinese()
                            ? version.level().label()
                            : w.get("level." + version.level().name())));
        }
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
