package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.marking.ItemMark;
import org.jianding.bank.marking.Marker;
import org.jianding.bank.marking.MarkingPolicy;
import org.jianding.bank.marking.StandardScore;

/**
 * The pure computation of a result: every item marked against the version the paper pins, points summed per
 * area at the rule's depth, and (when no part waits for a grader) the standard score. The same attempt, paper,
 * rule and grader scores always give the same result.
 */
final class ResultComputation {

    /** What was computed: items, totals and, once complete, the standard score. */
    record Computed(List<ItemResult> items, BigDecimal max, BigDecimal earned, StandardScore score) {

        boolean complete() {
            return score != null;
        }
    }

    private ResultComputation() {}

    /**
     * @param graded grader scores already given, by paper position and part number, in rubric points (empty on
     *     first marking)
     */
    static Computed compute(
            SubmittedAttempt attempt,
            PaperContent paper,
            ScoringRuleVersion rule,
            Map<String, KnowledgeNode> byCode,
            Map<Long, KnowledgeNode> byId,
            Map<Integer, Map<Integer, Graded>> graded) {
        MarkingPolicy policy = MarkingPolicy.of(rule.choiceCredit());
        List<ItemResult> items = new ArrayList<>();
        List<StandardScore.AreaPoints> points = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO.setScale(2);
        BigDecimal earned = BigDecimal.ZERO.setScale(2);
        boolean complete = true;
        for (PaperQuestion q : paper.questions()) {
            ItemMark mark = Marker.mark(
                    String.valueOf(q.questionId()),
                    q.content(),
                    BigDecimal.valueOf(q.points()),
                    Responses.parse(q.content().body(), attempt.answers().get(q.position())),
                    policy);
            for (Map.Entry<Integer, Graded> g :
                    graded.getOrDefault(q.position(), Map.of()).entrySet()) {
                if (mark.pending().stream().anyMatch(p -> p.no() == g.getKey())) {
                    mark = mark.graded(
                            g.getKey(),
                            g.getValue().rubricPoints(),
                            g.getValue().note());
                }
            }
            String area = ScoringRules.areaOf(q.content().knowledgePoint(), rule.areaDepth(), byCode, byId);
            BigDecimal itemEarned = mark.earned();
            items.add(new ItemResult(
                    q.position(),
                    q.questionId(),
                    q.versionId(),
                    q.section(),
                    q.content().knowledgePoint(),
                    area,
                    mark.max(),
                    itemEarned,
                    mark.parts()));
            max = max.add(mark.max());
            if (itemEarned == null) {
                complete = false;
            } else {
                earned = earned.add(itemEarned);
                points.add(new StandardScore.AreaPoints(area, itemEarned, mark.max()));
            }
        }
        StandardScore score = complete ? StandardScore.compute(points, rule.rule()) : null;
        return new Computed(items, max, complete ? earned : null, score);
    }

    /** A grader's score for one part: rubric points and the note shown in the derivation. */
    record Graded(BigDecimal rubricPoints, String note) {}

    static Map<Long, KnowledgeNode> byId(Map<String, KnowledgeNode> byCode) {
        Map<Long, KnowledgeNode> byId = new HashMap<>();
        byCode.values().forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
