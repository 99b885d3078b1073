package org.jianding.app.competency;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jianding.app.grading.ReleasedRevision;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.shared.RetriedOnConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds knowledge items from released results. Each revision of a released, scored result is recorded once
 * (idempotent: the pair attempt/revision is looked up first and unique in the table, so a second node or a re-run
 * records nothing); a result changed after release has a new revision and so adds new values, keeping the old ones
 * as history. A value's time is when its revision became visible to the candidate: the later of release and
 * computation; its level comes from the bands of the model version current when it is recorded.
 */
@Service
@RetriedOnConflict(afterConnectionLoss = true)
class ExamFeed {

    private static final Logger log = LoggerFactory.getLogger(ExamFeed.class);

    /** The name of this sweep's watermark. */
    static final String SWEEP = "exam-feed";

    private static final int CHUNK = 500;

    private final Results results;
    private final KnowledgeTree tree;
    private final CompetencyModels models;
    private final ValueRepository values;
    private final SweepRepository sweeps;
    private final TransactionTemplate transactions;
    /** For the watermark: see {@link SweepRepository#advance}. */
    private final TransactionTemplate readCommitted;

    private final Clock clock;

    ExamFeed(
            Results results,
            KnowledgeTree tree,
            CompetencyModels models,
            ValueRepository values,
            SweepRepository sweeps,
            TransactionTemplate transactions,
            Clock clock) {
        this.results = results;
        this.tree = tree;
        this.models = models;
        this.values = values;
        this.sweeps = sweeps;
        this.transactions = transactions;
        this.readCommitted = new TransactionTemplate(transactions.getTransactionManager());
        this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /**
     * Records the values of the session's released results not yet recorded at their current revision; {@code only}
     * limits it to these attempts (null: all). Returns how many results were recorded.
     */
    public int feed(long sessionId, Collection<Long> only) {
        List<ResultView> released = results.ofSession(sessionId).stream()
                .filter(r -> only == null || only.contains(r.attemptId()))
                .filter(r -> r.releasedAt() != null && r.standardScore() != null)
                .toList();
        if (released.isEmpty()) {
            return 0;
        }
        Set<String> done = transactions.execute(status -> values.recordedRevisions(
                released.stream().map(ResultView::attemptId).toList()));
        int recorded = 0;
        for (ResultView r : released) {
            if (done.contains(r.attemptId() + "/" + r.revision())) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> record(r));
                recorded++;
            } catch (DuplicateKeyException e) {
                log.debug("result {} revision {} was recorded by another node", r.attemptId(), r.revision());
            }
        }
        return recorded;
    }

    /**
     * Catches up on releases and changes the event listeners missed (a node stopped between commit and feeding): asks
     * grading for the results released or changed since the watermark less {@code overlap}, records those not yet
     * recorded at their current revision, and moves the watermark to when this sweep started, but only if every one
     * of them was recorded (else the next sweep looks again from the old watermark). The overlap covers a release or
     * re-scoring whose transaction was still open when an earlier sweep ran (its times are taken before it commits)
     * and clocks of several nodes that disagree a little. Without a watermark (first start, also after an upgrade)
     * the sweep checks every released result there is, once. Returns how many results were recorded.
     */
    int sweep(Duration overlap) {
        Instant started = clock.instant();
        Instant since = transactions
                .execute(status -> sweeps.sweptUntil(SWEEP))
                .map(until -> until.minus(overlap))
                .orElse(null);
        List<ReleasedRevision> released = results.releasedSince(since);
        int recorded = 0;
        boolean complete = true;
        for (int from = 0; from < released.size(); from += CHUNK) {
            List<ReleasedRevision> chunk = released.subList(from, Math.min(released.size(), from + CHUNK));
            Set<String> done = transactions.execute(status -> values.recordedRevisions(
                    chunk.stream().map(ReleasedRevision::attemptId).toList()));
            Map<Long, List<Long>> missingBySession = new TreeMap<>();
            chunk.stream()
                    .filter(r -> !done.contains(r.attemptId() + "/" + r.revision()))
                    .forEach(r -> missingBySession
                            .computeIfAbsent(r.sessionId(), k -> new ArrayList<>())
                            .add(r.attemptId()));
            for (Map.Entry<Long, List<Long>> e : missingBySession.entrySet()) {
                try {
                    recorded += feed(e.getKey(), e.getValue());
                } catch (RuntimeException ex) {
                    complete = false;
                    log.warn("competency sweep of session {} failed; the next sweep retries", e.getKey(), ex);
                }
            }
        }
        if (complete) {
            readCommitted.executeWithoutResult(status -> sweeps.advance(SWEEP, started, clock.instant()));
        }
        return recorded;
    }

    private void record(ResultView r) {
        CompetencyModel model = models.current();
        Map<String, BigDecimal> scores = KnowledgeScores.of(r.areas(), model, tree.nodes());
        Instant at = r.computedAt().isAfter(r.releasedAt()) ? r.computedAt() : r.releasedAt();
        scores.forEach((item, score) -> values.insert(new CompetencyValue(
                0,
                r.candidateId(),
                item,
                model.levelFor(score).orElse(null),
                ValueSource.EXAM,
                label(r.sessionTitle()),
                r.attemptId(),
                r.revision(),
                score,
                null,
                null,
                model.version(),
                at)));
    }

    private static String label(String title) {
        return title.length() > 200 ? title.substring(0, 200) : title;
    }
}
