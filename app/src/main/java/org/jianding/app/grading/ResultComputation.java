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
import org.jianding.bank.item.Question;
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
     * @param graded final grader scores, by paper position and part number, in paper points (empty on first
     *     marking)
     * @param errata the erratum that applies to each question of the session, by question id (empty when none)
     */
    static Computed compute(
            SubmittedAttempt attempt,
            PaperContent paper,
            ScoringRuleVersion rule,
            Map<String, KnowledgeNode> byCode,
            Map<Long, KnowledgeNode> byId,
            Map<Integer, Map<Integer, Graded>> graded,
            Map<Long, Erratum> errata) {
        MarkingPolicy policy = MarkingPolicy.of(rule.choiceCredit());
        List<ItemResult> items = new ArrayList<>();
        List<StandardScore.AreaPoints> points = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO.setScale(2);
        BigDecimal earned = BigDecimal.ZERO.setScale(2);
        boolean complete = true;
        for (PaperQuestion q : paper.questions()) {
            ItemMark mark = mark(
                    q,
                    attempt.answers().get(q.position()),
                    attempt.points().get(q.position()),
                    policy,
                    errata.get(q.questionId()));
            for (Map.Entry<Integer, Graded> g :
                    graded.getOrDefault(q.position(), Map.of()).entrySet()) {
                if (mark.pending().stream().anyMatch(p -> p.no() == g.getKey())) {
                    mark = mark.scored(
                            g.getKey(), g.getValue().paperPoints(), g.getValue().note());
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

    /**
     * The mark of one item, under the erratum of its question if there is one. Points written on a paper score sheet
     * ({@code written}, 纸笔考试) are the mark unless an erratum voids the question; a corrected key cannot re-mark
     * them, since no answer was recorded.
     */
    private static ItemMark mark(
            PaperQuestion q, String answer, BigDecimal written, MarkingPolicy policy, Erratum erratum) {
        String id = String.valueOf(q.questionId());
        BigDecimal points = BigDecimal.valueOf(q.points()).setScale(2);
        boolean voided = erratum != null && erratum.kind() != ErratumKind.KEY_CORRECTED;
        if (written != null && !voided) {
            String note = "纸笔考试导入的得分" + (erratum == null ? "" : "（按得分导入，答案勘误不重新评分）");
            return new ItemMark(
                    id,
                    points,
                    List.of(new ItemMark.Part(
                            0,
                            points,
                            q.content().points(),
                            written.setScale(2, java.math.RoundingMode.HALF_UP),
                            false,
                            note)));
        }
        if (erratum == null) {
            return Marker.mark(
                    id, q.content(), points, Responses.parse(q.content().body(), answer), policy);
        }
        BigDecimal own = q.content().points();
        if (erratum.kind() == ErratumKind.VOID_FULL_POINTS) {
            return new ItemMark(id, points, List.of(new ItemMark.Part(0, points, own, points, true, "勘误：本题作废，全员得满分")));
        } else if (erratum.kind() == ErratumKind.VOID_REMOVED) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new ItemMark(
                    id,
                    zero,
                    List.of(new ItemMark.Part(0, zero, own, zero, true, "勘误：本题作废，不计分也不计入满分（原" + q.points() + "分）")));
        }
        Question corrected = ErratumKeys.corrected(q.content(), erratum.correctedKey());
        ItemMark mark = Marker.mark(id, corrected, points, Responses.parse(corrected.body(), answer), policy);
        List<ItemMark.Part> parts = new ArrayList<>();
        for (ItemMark.Part p : mark.parts()) {
            parts.add(new ItemMark.Part(p.no(), p.max(), p.ownMax(), p.earned(), p.auto(), "按勘误后的答案评分：" + p.note()));
        }
        return new ItemMark(id, mark.max(), parts);
    }

    /**
     * The final grader score of one part in paper points (converted from rubric points and rounded once, see
     * {@link GradingScores#finalOf}) and the note shown in the derivation.
     */
    record Graded(BigDecimal paperPoints, String note) {}

    static Map<Long, KnowledgeNode> byId(Map<String, KnowledgeNode> byCode) {
        Map<Long, KnowledgeNode> byId = new HashMap<>();
        byCode.values().forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
