package org.jianding.app.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key errata (答案勘误) and re-scoring. An erratum corrects the key of one question of a session, or voids it (full
 * points for everyone, or out of the maximum); applying it re-computes every result of the session under its
 * stored rule version, keeping grader scores, records each candidate's before and after, flags released results
 * whose numbers changed (their candidates see a notice) and is audited. {@link #preview} computes the same table
 * without storing anything.
 */
@Service
@RetriedOnConflict
@Transactional
public class Errata {

    /** A question that appears on the session's papers, as the erratum form lists it. */
    public record SessionQuestion(
            long questionId, String type, String stem, String key, int points, List<Integer> positions) {}

    /** An erratum applied, with the before/after of every result it re-computed. */
    public record Applied(Erratum erratum, List<ErratumChange> changes) {}

    private record Rescored(ExamResultRecord before, ResultRepository.Row after, ErratumChange change) {}

    private final ErratumRepository repository;
    private final ResultRepository results;
    private final ExamRecords exams;
    private final ExamSessions sessions;
    private final Papers papers;
    private final ScoringRules rules;
    private final KnowledgeTree tree;
    private final Accounts accounts;
    private final Marking marking;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Errata(
            ErratumRepository repository,
            ResultRepository results,
            ExamRecords exams,
            ExamSessions sessions,
            Papers papers,
            ScoringRules rules,
            KnowledgeTree tree,
            Accounts accounts,
            Marking marking,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.results = results;
        this.exams = exams;
        this.sessions = sessions;
        this.papers = papers;
        this.rules = rules;
        this.tree = tree;
        this.accounts = accounts;
        this.marking = marking;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Erratum> ofSession(long sessionId) {
        sessions.get(sessionId);
        return repository.ofSession(sessionId);
    }

    /** The questions on the papers of the session's results, in paper order. */
    @Transactional(readOnly = true)
    public List<SessionQuestion> questions(long sessionId) {
        Map<Long, List<PaperQuestion>> byQuestion = occurrences(sessionId);
        List<SessionQuestion> out = new ArrayList<>();
        byQuestion.forEach((id, list) -> {
            PaperQuestion q = list.get(0);
            String stem = q.content().stem();
            out.add(new SessionQuestion(
                    id,
                    q.content().type().chineseName(),
                    stem.length() > 60 ? stem.substring(0, 60) + "…" : stem,
                    ErratumKeys.text(q.content().body()),
                    q.points(),
                    list.stream()
                            .map(PaperQuestion::position)
                            .distinct()
                            .sorted()
                            .toList()));
        });
        return out;
    }

    /** What applying the erratum would do to every result of the session; stores nothing. */
    @Transactional(readOnly = true)
    public List<ErratumChange> preview(long sessionId, ErratumDraft draft) {
        Erratum erratum = check(sessionId, draft, 0L);
        Map<Long, Erratum> errata = repository.latest(sessionId);
        errata.put(erratum.questionId(), erratum);
        return rescore(sessionId, errata).stream().map(Rescored::change).toList();
    }

    /** Stores the erratum and re-scores every result of the session. */
    public Applied apply(long sessionId, ErratumDraft draft, long userId) {
        Erratum checked = check(sessionId, draft, userId);
        long id = repository.insert(
                sessionId,
                checked.questionId(),
                checked.kind(),
                checked.correctedKey(),
                checked.reason(),
                userId,
                clock.instant());
        Map<Long, Erratum> errata = repository.latest(sessionId);
        List<Rescored> rescored = rescore(sessionId, errata);
        int changed = 0;
        int flagged = 0;
        for (Rescored r : rescored) {
            boolean flag = r.change().released() && r.change().changed();
            results.replace(r.after(), flag);
            if (flag) {
                events.publishEvent(new ReleasedResultChanged(
                        r.before().getAttemptId(), sessionId, r.before().getCandidateId()));
            }
            repository.insertChange(id, r.change());
            changed += r.change().changed() ? 1 : 0;
            flagged += flag ? 1 : 0;
        }
        Erratum stored = errata.get(checked.questionId());
        audit.record(
                "grading.erratum.applied",
                "examSession",
                sessionId,
                "题目" + checked.questionId() + " " + kindText(checked) + "；原因：" + checked.reason() + "；重算"
                        + rescored.size() + "份，" + changed + "份成绩变化，" + flagged + "份已发布成绩标记为已变更："
                        + rescored.stream()
                                .map(Rescored::change)
                                .filter(ErratumChange::changed)
                                .map(c -> c.employeeNo() + " " + c.beforeScore() + "→" + c.afterScore())
                                .collect(Collectors.joining("，")));
        return new Applied(stored, rescored.stream().map(Rescored::change).toList());
    }

    private Erratum check(long sessionId, ErratumDraft draft, long userId) {
        sessions.get(sessionId);
        if (draft == null || draft.reason() == null || draft.reason().isBlank()) {
            throw DomainException.badRequest("grading.erratum.reasonMissing");
        }
        if (draft.reason().strip().length() > 1000) {
            throw DomainException.badRequest("grading.erratum.reasonTooLong");
        }
        if (draft.questionId() == null) {
            throw DomainException.badRequest("grading.erratum.questionMissing");
        }
        if (draft.kind() == null) {
            throw DomainException.badRequest("grading.erratum.kindMissing");
        }
        List<PaperQuestion> occurrences = occurrences(sessionId).get(draft.questionId());
        if (occurrences == null) {
            throw DomainException.badRequest("grading.erratum.questionNotInSession", draft.questionId());
        }
        String key = null;
        if (draft.kind() == ErratumKind.KEY_CORRECTED) {
            for (PaperQuestion q : occurrences) {
                key = ErratumKeys.parse(q.content().body(), draft.key());
            }
        }
        return new Erratum(
                0L,
                sessionId,
                draft.questionId(),
                draft.kind(),
                key,
                key == null ? "" : ErratumKeys.text(key),
                draft.reason().strip(),
                userId,
                clock.instant());
    }

    private List<Rescored> rescore(long sessionId, Map<Long, Erratum> errata) {
        List<ExamResultRecord> records = results.ofSession(sessionId);
        Map<Long, SubmittedAttempt> attempts = new HashMap<>();
        exams.submitted(records.stream().map(ExamResultRecord::getAttemptId).toList())
                .forEach(a -> attempts.put(a.attemptId(), a));
        Map<Long, UserAccount> people = accounts.getAll(
                records.stream().map(ExamResultRecord::getCandidateId).collect(Collectors.toSet()));
        Map<String, KnowledgeNode> byCode = new HashMap<>();
        tree.nodes().forEach(n -> byCode.put(n.code(), n));
        Map<Long, KnowledgeNode> byId = ResultComputation.byId(byCode);
        Map<Long, PaperContent> paperCache = new HashMap<>();
        Map<Long, ScoringRuleVersion> ruleCache = new HashMap<>();
        List<Rescored> out = new ArrayList<>();
        for (ExamResultRecord r : records) {
            SubmittedAttempt a = attempts.get(r.getAttemptId());
            if (a == null) {
                continue;
            }
            ScoringRuleVersion rule = ruleCache.computeIfAbsent(r.getScoringRuleId(), rules::version);
            ResultComputation.Computed c;
            try {
                c = ResultComputation.compute(
                        a,
                        paperCache.computeIfAbsent(a.paperId(), papers::content),
                        rule,
                        byCode,
                        byId,
                        Results.graded(r),
                        errata);
            } catch (IllegalArgumentException e) {
                throw DomainException.badRequest("grading.erratum.unscorable", e.getMessage());
            }
            ResultRepository.Row row = marking.row(a, rule, c);
            UserAccount who = people.get(r.getCandidateId());
            out.add(new Rescored(
                    r,
                    row,
                    new ErratumChange(
                            r.getAttemptId(),
                            who == null ? "" : who.employeeNo(),
                            who == null ? "" : who.displayName(),
                            r.getEarnedPoints(),
                            row.earnedPoints(),
                            r.getStandardScore(),
                            row.standardScore(),
                            r.getPassed(),
                            row.passed(),
                            r.getReleasedAt() != null)));
        }
        return out;
    }

    /** Each question on the papers of the session's results, with every place it appears. */
    private Map<Long, List<PaperQuestion>> occurrences(long sessionId) {
        Set<Long> paperIds = results.ofSession(sessionId).stream()
                .map(ExamResultRecord::getPaperId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Map<Long, List<PaperQuestion>> byQuestion = new LinkedHashMap<>();
        for (long paperId : paperIds) {
            for (PaperQuestion q : papers.content(paperId).questions()) {
                byQuestion
                        .computeIfAbsent(q.questionId(), k -> new ArrayList<>())
                        .add(q);
            }
        }
        return byQuestion;
    }

    static String kindText(Erratum e) {
        if (e.kind() == ErratumKind.KEY_CORRECTED) {
            return "更正答案为 " + e.keyText();
        } else if (e.kind() == ErratumKind.VOID_FULL_POINTS) {
            return "作废，全员得分";
        }
        return "作废，不计入满分";
    }
}
