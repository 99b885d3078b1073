package org.jianding.app.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.PublicAddress;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results for officers: the derivation of each, the list of a session, release (a candidate's own released results
 * are {@link CandidateResults}). Releasing is refused while any submitted attempt of the session is unmarked or waits for a
 * grader, and while the public address that released documents print is not set ({@link PublicAddress}).
 */
@Service
@RetriedOnConflict
@Transactional
public class Results {

    private final ResultRepository repository;
    private final ErratumRepository errata;
    private final ScoringRules rules;
    private final ExamSessions sessions;
    private final ExamRecords exams;
    private final org.jianding.app.exams.Attempts attempts;
    private final Papers papers;
    private final KnowledgeTree tree;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PublicAddress publicAddress;
    private final MessageSource messages;

    Results(
            ResultRepository repository,
            ErratumRepository errata,
            ScoringRules rules,
            ExamSessions sessions,
            ExamRecords exams,
            org.jianding.app.exams.Attempts attempts,
            Papers papers,
            KnowledgeTree tree,
            Accounts accounts,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            PublicAddress publicAddress,
            MessageSource messages) {
        this.repository = repository;
        this.errata = errata;
        this.rules = rules;
        this.sessions = sessions;
        this.exams = exams;
        this.attempts = attempts;
        this.papers = papers;
        this.tree = tree;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.publicAddress = publicAddress;
        this.messages = messages;
    }

    /** The whole derivation of one result, checked by re-computing it from the stored answers. */
    @Transactional(readOnly = true)
    public ResultView derivation(long attemptId) {
        ExamResultRecord r = repository
                .find(attemptId)
                .orElseThrow(() -> DomainException.notFound("grading.result.notFound", attemptId));
        ScoringRuleVersion rule = rules.version(r.getScoringRuleId());
        Boolean reproducible = null;
        if (ResultStatus.SCORED.name().equals(r.getStatus())) {
            reproducible = recompute(r, rule)
                    .map(c -> c.score().standardScore().compareTo(r.getStandardScore()) == 0)
                    .orElse(false);
        }
        return ResultViews.view(
                r,
                rule,
                ResultViews.names(tree),
                reproducible,
                sessions.get(r.getSessionId()),
                accounts.get(r.getCandidateId()));
    }

    /** The items of a result in Chinese words for the officer's derivation page, keys included. */
    @Transactional(readOnly = true)
    public Derivation explained(ResultView result) {
        return explained(result, Locale.SIMPLIFIED_CHINESE);
    }

    /** The items of a result in the reader's words for the officer's derivation page, keys included. */
    @Transactional(readOnly = true)
    public Derivation explained(ResultView result, Locale locale) {
        return ItemExplanations.of(
                papers.content(result.paperId()),
                exams.submitted(result.attemptId()).orElse(null),
                result.items(),
                errata.latest(result.sessionId()),
                true,
                attempts.shownOptions(result.attemptId()),
                new ResultWords(messages, locale));
    }

    /** Every result of a session, with names, in attempt order. */
    @Transactional(readOnly = true)
    public List<ResultView> ofSession(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        Map<String, String> names = ResultViews.names(tree);
        Map<Long, ScoringRuleVersion> byId = new HashMap<>();
        List<ExamResultRecord> records = repository.ofSession(sessionId);
        Map<Long, UserAccount> candidates = accounts.getAll(
                records.stream().map(ExamResultRecord::getCandidateId).collect(Collectors.toSet()));
        List<ResultView> views = new ArrayList<>();
        for (ExamResultRecord r : records) {
            ScoringRuleVersion rule = byId.computeIfAbsent(r.getScoringRuleId(), rules::version);
            views.add(ResultViews.view(r, rule, names, null, session, candidates.get(r.getCandidateId())));
        }
        return views;
    }

    /** Submitted attempts of the session that have no result yet (marking still running). */
    @Transactional(readOnly = true)
    public List<Long> unmarked(long sessionId) {
        List<Long> submitted = exams.submittedIn(sessionId);
        var done = repository.existing(submitted);
        return submitted.stream().filter(id -> !done.contains(id)).toList();
    }

    /**
     * Releases the session's scored results if it releases them itself (AFTER_CLOSE), its window has closed, no
     * attempt is still running and some scored result is not yet released; returns how many. Each candidate's result
     * goes out once it is scored: one still with graders does not hold back the others (a later run releases it).
     */
    public int releaseIfDue(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        boolean due = session.status() == org.jianding.app.exams.SessionStatus.PUBLISHED
                && session.resultsRelease() == org.jianding.app.exams.ResultsRelease.AFTER_CLOSE
                && session.closesAt().isBefore(clock.instant())
                && exams.openAttempts(sessionId) == 0
                && repository.unreleasedScored(sessionId) > 0;
        if (!due || !publicAddress.usable()) { // the session page says why; releasing waits for the setting
            return 0;
        }
        return releaseScored(sessionId);
    }

    /** Releases every scored result of the session to its candidate. */
    public int release(long sessionId) {
        publicAddress.requireUsable();
        List<Long> unmarked = unmarked(sessionId);
        long grading = repository.ofSession(sessionId).stream()
                .filter(r -> ResultStatus.GRADING.name().equals(r.getStatus()))
                .count();
        if (!unmarked.isEmpty() || grading > 0) {
            throw DomainException.conflict("grading.release.incomplete", unmarked.size(), grading);
        }
        return releaseScored(sessionId);
    }

    /**
     * Releases every scored result of the session that is not released yet, even while other attempts are still
     * being marked: each candidate gets their result once their marking is complete. Returns how many.
     */
    public int releaseScored(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        publicAddress.requireUsable();
        Instant now = clock.instant();
        List<Long> released = repository.release(sessionId, now);
        if (!released.isEmpty()) {
            audit.record(
                    "grading.released", "examSession", sessionId, session.title() + "：发布 " + released.size() + " 份成绩");
            events.publishEvent(new ResultsReleased(sessionId, released, now));
        }
        return released.size();
    }

    /**
     * The results of these attempts as stored, without item marks and without re-computing anything: score,
     * decision, areas with the weights used and the rule version. Attempts without a result are left out.
     */
    @Transactional(readOnly = true)
    public List<ResultSummary> summaries(java.util.Collection<Long> attemptIds) {
        Map<String, String> names = ResultViews.names(tree);
        Map<Long, ScoringRuleVersion> byId = new HashMap<>();
        List<ResultSummary> out = new ArrayList<>();
        for (ExamResultRecord r : repository.withoutItems(attemptIds)) {
            ScoringRuleVersion rule = byId.computeIfAbsent(r.getScoringRuleId(), rules::version);
            out.add(new ResultSummary(
                    r.getAttemptId(),
                    r.getSessionId(),
                    r.getCandidateId(),
                    rule,
                    ResultStatus.valueOf(r.getStatus()),
                    r.getStandardScore(),
                    r.getPassed(),
                    ResultViews.areas(r, names),
                    r.getRevision(),
                    r.getReleasedAt(),
                    Boolean.TRUE.equals(r.getChangedAfterRelease())));
        }
        return out;
    }

    /** The attempt ids of the released results of a session, in attempt order. */
    @Transactional(readOnly = true)
    public List<Long> releasedIn(long sessionId) {
        return repository.releasedIn(sessionId);
    }

    /**
     * The results released at or after {@code since}, or changed at or after it once released (errata, re-marking),
     * with their current revision; every released result for {@code since} null. Cheap (two indexed range scans,
     * three numbers per result): what a follower of releases sweeps to catch up on events it missed.
     */
    @Transactional(readOnly = true)
    public List<ReleasedRevision> releasedSince(Instant since) {
        return repository.releasedSince(since);
    }

    /** A published session with scored results not yet released, and how many are still being marked. */
    public record ReleaseWaiting(long sessionId, String title, int scored, int stillMarking) {}

    /**
     * The published sessions whose scored results wait for 发布成绩, oldest session first: a certification officer's
     * to-do. Results still being marked are counted, not waited for: each candidate is released once scored.
     */
    @Transactional(readOnly = true)
    public List<ReleaseWaiting> waitingForRelease() {
        List<ReleaseWaiting> waiting = new ArrayList<>();
        repository.unreleasedScoredBySession().forEach((sessionId, scored) -> {
            ExamSession session = sessions.get(sessionId);
            if (session.status() == org.jianding.app.exams.SessionStatus.PUBLISHED) {
                int marking = (int) repository.ofSession(sessionId).stream()
                                .filter(r -> ResultStatus.GRADING.name().equals(r.getStatus()))
                                .count()
                        + unmarked(sessionId).size();
                waiting.add(new ReleaseWaiting(sessionId, session.title(), scored, marking));
            }
        });
        return waiting;
    }

    private java.util.Optional<ResultComputation.Computed> recompute(ExamResultRecord r, ScoringRuleVersion rule) {
        return exams.submitted(r.getAttemptId())
                .map(a -> {
                    Map<String, KnowledgeNode> byCode = new HashMap<>();
                    tree.nodes().forEach(n -> byCode.put(n.code(), n));
                    return ResultComputation.compute(
                            a,
                            papers.content(a.paperId()),
                            rule,
                            byCode,
                            ResultComputation.byId(byCode),
                            graded(r),
                            errata.latest(r.getSessionId()));
                })
                .filter(ResultComputation.Computed::complete);
    }

    /**
     * The final grader scores held in a stored result (parts marked by hand), in paper points as stored, to
     * re-compute with: nothing is converted back to rubric points, so re-computing rounds nothing again.
     */
    static Map<Integer, Map<Integer, ResultComputation.Graded>> graded(ExamResultRecord r) {
        Map<Integer, Map<Integer, ResultComputation.Graded>> graded = new HashMap<>();
        for (ItemResult item : ResultItems.read(r.getItems())) {
            item.parts().stream()
                    .filter(p -> !p.auto() && p.earned() != null)
                    .forEach(p -> graded.computeIfAbsent(item.position(), k -> new HashMap<>())
                            .put(p.no(), new ResultComputation.Graded(p.earned(), p.note())));
        }
        return graded;
    }
}
