package org.jianding.app.grading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.springframework.stereotype.Component;

/**
 * Knowledge areas as a scope of grading assignments: an area is a top-level node of the knowledge tree (行业概况,
 * 法律法规 …), and a question belongs to the area its knowledge point sits under. Read from the tree as it is now, so
 * a node moved to another area is marked by that area's graders from then on.
 */
@Component
class GradingAreas {

    /** The tree at one moment: each node's code → the id of the top-level node above it (itself for a top node). */
    record Snapshot(Map<String, Long> areaOfCode, Map<Long, KnowledgeNode> byId) {

        Long areaOf(String knowledgePoint) {
            return knowledgePoint == null ? null : areaOfCode.get(knowledgePoint);
        }

        String name(long areaId) {
            KnowledgeNode n = byId.get(areaId);
            return n == null ? String.valueOf(areaId) : n.name();
        }
    }

    private final KnowledgeTree tree;

    GradingAreas(KnowledgeTree tree) {
        this.tree = tree;
    }

    Snapshot snapshot() {
        List<KnowledgeNode> nodes = tree.nodes();
        Map<Long, KnowledgeNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, Long> areaOfCode = new HashMap<>();
        for (KnowledgeNode n : nodes) {
            KnowledgeNode top = n;
            for (int depth = 0; top.parentId() != null && byId.containsKey(top.parentId()) && depth < 50; depth++) {
                top = byId.get(top.parentId());
            }
            areaOfCode.put(n.code(), top.id());
        }
        return new Snapshot(areaOfCode, byId);
    }

    /** The areas (top-level nodes still in use) in the tree's order. */
    List<KnowledgeNode> areas() {
        return tree.nodes().stream()
                .filter(n -> n.parentId() == null && !n.retired())
                .toList();
    }
}
