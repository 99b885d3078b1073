package org.jianding.app.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.grading.ResultView;
import org.jianding.app.knowledge.KnowledgeNode;

/**
 * The score of each knowledge item on one result: Σ earned / Σ max × 100 over the result's areas that lie under
 * the item's knowledge node (the node itself or any descendant), rounded half-up to two decimals; the level is read
 * from the model's bands with that rounded score. An item whose areas carry no points on the paper (Σ max = 0) was
 * not examined and gets no score.
 */
final class KnowledgeScores {

    private KnowledgeScores() {}

    /** Item code → score, in the model's item order, for the examined knowledge items. */
    static Map<String, BigDecimal> of(
            List<ResultView.AreaLine> areas, CompetencyModel model, List<KnowledgeNode> tree) {
        Map<String, KnowledgeNode> byCode = new HashMap<>();
        Map<Long, KnowledgeNode> byId = new HashMap<>();
        tree.forEach(n -> {
            byCode.put(n.code(), n);
            byId.put(n.id(), n);
        });
        Map<String, String> itemByArea = new HashMap<>();
        model.items().stream().filter(ModelItem::knowledge).forEach(i -> itemByArea.put(i.area(), i.code()));
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (ResultView.AreaLine area : areas) {
            String item = itemOf(area.area(), byCode, byId, itemByArea);
            if (item != null && area.max() != null && area.earned() != null) {
                BigDecimal[] s = sums.computeIfAbsent(item, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(area.earned());
                s[1] = s[1].add(area.max());
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (ModelItem item : model.items()) {
            BigDecimal[] s = sums.get(item.code());
            if (s != null && s[1].signum() > 0) {
                scores.put(item.code(), s[0].multiply(BigDecimal.valueOf(100)).divide(s[1], 2, RoundingMode.HALF_UP));
            }
        }
        return scores;
    }

    private static String itemOf(
            String areaCode,
            Map<String, KnowledgeNode> byCode,
            Map<Long, KnowledgeNode> byId,
            Map<String, String> itemByArea) {
        if (itemByArea.containsKey(areaCode)) {
            return itemByArea.get(areaCode);
        }
        KnowledgeNode node = byCode.get(areaCode);
        while (node != null) {
            String item = itemByArea.get(node.code());
            if (item != null) {
                return item;
            }
            node = node.parentId() == null ? null : byId.get(node.parentId());
        }
        return null;
    }
}
