package org.jianding.app.grading;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PublishedPapers;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marks submitted attempts and stores their results. Idempotent: an attempt that has a result is left alone, and
 * when two nodes mark the same attempt at once the primary key keeps one result.
 */
@Service
@RetriedOnConflict(afterConnectionLoss = true)
@Transactional
public class Marking {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExamRecords exams;
    private final PublishedPapers papers;
    private final Blueprints blueprints;
    private final ScoringRules rules;
    private final KnowledgeTree tree;
    private final ResultRepository results;
    private final ErratumRepository errata;
    private final Clock clock;

    Marking(
            ExamRecords exams,
            PublishedPapers papers,
            Blueprints blueprints,
            ScoringRules rules,
            KnowledgeTree tree,
            ResultRepository results,
            ErratumRepository errata,
            Clock clock) {
        this.exams = exams;
        this.papers = papers;
        this.blueprints = blueprints;
        this.rules = rules;
        this.tree = tree;
        this.results = results;
        this.errata = errata;
        this.clock = clock;
    }

    /** Marks the attempt if it is submitted and has no result yet; true if this call stored a result. */
    public boolean mark(long attemptId) {
        return markAll(List.of(attemptId)) == 1;
    }

    /** Marks those of these attempts that are submitted and have no result; returns how many this call stored. */
    public int markAll(List<Long> attemptIds) {
        var done = results.existing(attemptIds);
        List<Long> todo = attemptIds.stream().filter(id -> !done.contains(id)).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        Map<String, KnowledgeNode> byCode = new HashMap<>();
        tree.nodes().forEach(n -> byCode.put(n.code(), n));
        Map<Long, KnowledgeNode> byId = ResultComputation.byId(byCode);
        Map<Long, ScoringRuleVersion> ruleByBlueprint = new HashMap<>();
        List<ResultRepository.Row> rows = new java.util.ArrayList<>();
        Map<Long, Map<Long, Erratum>> errataBySession = new HashMap<>();
        for (SubmittedAttempt a : exams.submitted(todo)) {
            PaperContent paper = papers.content(a.paperId());
            ScoringRuleVersion rule = ruleByBlueprint.computeIfAbsent(
                    paper.paper().blueprintVersionId(), id -> rules.forBlueprint(blueprints.version(id)));
            rows.add(row(
                    a,
                    rule,
                    ResultComputation.compute(
                            a,
                            paper,
                            rule,
                            byCode,
                            byId,
                            Map.of(),
                            errataBySession.computeIfAbsent(a.sessionId(), errata::latest))));
        }
        return results.insertAll(rows);
    }

    ResultRepository.Row row(SubmittedAttempt a, ScoringRuleVersion rule, ResultComputation.Computed c) {
        return new ResultRepository.Row(
                a.attemptId(),
                a.sessionId(),
                a.candidateId(),
                a.paperId(),
                rule.id(),
                c.complete() ? ResultStatus.SCORED : ResultStatus.GRADING,
                c.max(),
                c.earned(),
                c.complete() ? c.score().standardScore() : null,
                c.complete() ? c.score().passed() : null,
                ResultItems.write(c.items()),
                ResultItems.compact(c.items(), a.answers()),
                c.complete() ? JSON.writeValueAsString(c.score().areas()) : null,
                c.complete() && !c.score().notes().isEmpty()
                        ? String.join("\n", c.score().notes())
                        : null,
                clock.instant());
    }
}
