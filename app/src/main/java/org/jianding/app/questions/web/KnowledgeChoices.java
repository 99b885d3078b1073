package org.jianding.app.questions.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.springframework.stereotype.Component;

/** The knowledge tree flattened for selects and the tree page: in tree order, each node with its depth. */
@Component
class KnowledgeChoices {

    /** A node as a select option or a row of the tree page. */
    record Choice(long id, String code, String name, Long parentId, int depth, boolean leaf, boolean retired) {

        /** The option text, indented by depth with full-width spaces (selects ignore leading ASCII blanks). */
        public String label() {
            return "\u3000".repeat(depth) + code + " " + name;
        }
    }

    private final KnowledgeTree tree;

    KnowledgeChoices(KnowledgeTree tree) {
        this.tree = tree;
    }

    /** Every node, parents first. */
    List<Choice> all() {
        List<KnowledgeNode> nodes = tree.nodes();
        Set<Long> parents = new HashSet<>();
        nodes.forEach(n -> {
            if (n.parentId() != null) {
                parents.add(n.parentId());
            }
        });
        Map<Long, Integer> depth = new HashMap<>();
        return nodes.stream()
                .map(n -> {
                    int d = n.parentId() == null ? 0 : depth.getOrDefault(n.parentId(), 0) + 1;
                    depth.put(n.id(), d);
                    return new Choice(
                            n.id(), n.code(), n.name(), n.parentId(), d, !parents.contains(n.id()), n.retired());
                })
                .toList();
    }

    /** The nodes a question may be filed under: leaves that are not retired (parents shown for orientation). */
    List<Choice> forQuestions() {
        return all().stream().filter(c -> !c.retired()).toList();
    }
}
