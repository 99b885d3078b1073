package org.jianding.app.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.knowledge.KnowledgeTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds knowledge items from released results. Each revision of a released, scored result is recorded once
 * (idempotent: the pair attempt/revision is looked up first and unique in the table, so a second node or a re-run
 * records nothing); a result changed after release has a new revision and so adds new values, keeping the old ones
 * as history. A value's time is when its revision became visible to the candidate: the later of release and
 * computation; its level comes from the bands of the model version current when it is recorded.
 */
@Service
class ExamFeed {

    private static final Logger log = LoggerFactory.getLogger(ExamFeed.class);

    private final Results results;
    private final KnowledgeTree tree;
    private final CompetencyModels models;
    private final ValueRepository values;
    private final TransactionTemplate transactions;

    ExamFeed(
            Results results,
            KnowledgeTree tree,
            CompetencyModels models,
            ValueRepository values,
            TransactionTemplate transactions) {
        this.results = results;
        this.tree = tree;
        this.models = models;
        this.values = values;
        this.transactions = transactions;
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
