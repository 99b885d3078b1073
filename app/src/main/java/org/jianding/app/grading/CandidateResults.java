package org.jianding.app.grading;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.papers.Papers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's own results, only once released: the 我的成绩 page with its derivation in the reader's words, keys
 * where the session shows them, notices of changes after release, and the counts the workbench and the documents
 * page ask for. Officers' reading, release and derivation checks are {@link Results}.
 */
@Service
@Transactional(readOnly = true)
public class CandidateResults {

    private final ResultRepository repository;
    private final ErratumRepository errata;
    private final ScoringRules rules;
    private final ExamSessions sessions;
    private final ExamRecords exams;
    private final Attempts attempts;
    private final Papers papers;
    private final KnowledgeTree tree;
    private final Accounts accounts;
    private final MessageSource messages;

    CandidateResults(
            ResultRepository repository,
            ErratumRepository errata,
            ScoringRules rules,
            ExamSessions sessions,
            ExamRecords exams,
            Attempts attempts,
            Papers papers,
            KnowledgeTree tree,
            Accounts accounts,
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
        this.messages = messages;
    }

    /**
     * The candidate's own released results, newest first; their answers with keys and explanations only where the
     * session shows keys after release; a notice for each change made after release.
     */
    public List<CandidateResult> mine(long candidateId) {
        return mine(candidateId, Locale.SIMPLIFIED_CHINESE);
    }

    /** The candidate's own released results with the derivation in the reader's words. */
    public List<CandidateResult> mine(long candidateId, Locale locale) {
        ResultWords words = new ResultWords(messages, locale);
        Map<String, String> names = ResultViews.names(tree);
        UserAccount candidate = accounts.get(candidateId);
        return repository.ofCandidate(candidateId).stream()
                .filter(r -> r.getReleasedAt() != null)
                .map(r -> {
                    ExamSession session = sessions.get(r.getSessionId());
                    ResultView v =
                            ResultViews.view(r, rules.version(r.getScoringRuleId()), names, null, session, candidate);
                    boolean keys = session.showKeysAfterRelease();
                    var attempt = exams.submitted(r.getAttemptId());
                    var paper = papers.content(r.getPaperId());
                    Map<Long, Erratum> latest = errata.latest(r.getSessionId());
                    var shown = attempts.shownOptions(r.getAttemptId());
                    List<CandidateResult.Item> items = keys
                            ? attempt.map(a -> CandidateItems.of(paper, a, v.items(), latest, shown, words))
                                    .orElse(List.of())
                            : List.of();
                    Derivation derivation =
                            ItemExplanations.of(paper, attempt.orElse(null), v.items(), latest, keys, shown, words);
                    List<CandidateResult.Notice> notices = errata.releasedChanges(r.getAttemptId()).stream()
                            .filter(n -> n.before() == null
                                    ? n.after() != null
                                    : n.after() == null || n.before().compareTo(n.after()) != 0)
                            .map(n -> new CandidateResult.Notice(n.at(), n.reason(), n.before(), n.after()))
                            .toList();
                    return new CandidateResult(
                            v.attemptId(),
                            v.sessionId(),
                            v.sessionTitle(),
                            v.standardScore(),
                            Boolean.TRUE.equals(v.passed()),
                            v.rule().rule().passMark(),
                            v.areas(),
                            items,
                            v.releasedAt(),
                            v.changedAfterRelease(),
                            notices,
                            v.breakdown(),
                            derivation);
                })
                .toList();
    }

    /** The attempt ids of the candidate's released results. */
    public List<Long> releasedOf(long candidateId) {
        return repository.releasedOf(candidateId);
    }

    /** How many of the candidate's released results changed after release (for the workbench). */
    public long changedSinceRelease(long candidateId) {
        return repository.ofCandidate(candidateId).stream()
                .filter(r -> r.getReleasedAt() != null && Boolean.TRUE.equals(r.getChangedAfterRelease()))
                .count();
    }
}
