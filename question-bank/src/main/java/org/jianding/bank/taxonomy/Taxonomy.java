package org.jianding.bank.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge taxonomy as a tree of {@link KnowledgeNode}s. Blueprints weigh areas, scoring converts points per
 * area and authors tag leaves, so all of them ask the same few tree questions; this answers them from one checked
 * list of nodes (unique codes, known parents, no cycles). Siblings keep the order the nodes were given in.
 */
public final class Taxonomy {

    private final List<KnowledgeNode> nodes;
    private final Map<String, KnowledgeNode> byCode = new LinkedHashMap<>();
    private final Map<String, List<KnowledgeNode>> childrenByCode = new LinkedHashMap<>();

    public Taxonomy(List<KnowledgeNode> nodes) {
        this.nodes = List.copyOf(nodes);
        List<String> problems = new ArrayList<>();
        for (KnowledgeNode node : this.nodes) {
            if (byCode.putIfAbsent(node.code(), node) != null) {
                problems.add("知识点代码" + node.code() + "重复");
            }
            childrenByCode.put(node.code(), new ArrayList<>());
        }
        for (KnowledgeNode node : this.nodes) {
            node.parent().ifPresent(parent -> {
                if (childrenByCode.containsKey(parent)) {
                    childrenByCode.get(parent).add(node);
                } else {
                    problems.add("知识点" + node.code() + "的上级" + parent + "不存在");
                }
            });
        }
        if (problems.isEmpty()) {
            this.nodes.stream().filter(this::inCycle).forEach(n -> problems.add("知识点" + n.code() + "的上级链条成环"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("知识体系不合格：" + String.join("；", problems));
        }
        childrenByCode.replaceAll((code, children) -> List.copyOf(children));
    }

    public List<KnowledgeNode> nodes() {
        return nodes;
    }

    public Optional<KnowledgeNode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The node with this code; an unknown code is a programming or data error, hence an exception. */
    public KnowledgeNode node(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("未知的知识点代码：" + code));
    }

    public List<KnowledgeNode> roots() {
        return nodes.stream().filter(KnowledgeNode::isRoot).toList();
    }

    public List<KnowledgeNode> children(String code) {
        return childrenByCode.get(node(code).code());
    }

    /** All nodes below this one, depth first, each parent before its children. */
    public List<KnowledgeNode> descendants(String code) {
        List<KnowledgeNode> found = new ArrayList<>();
        for (KnowledgeNode child : children(code)) {
            found.add(child);
            found.addAll(descendants(child.code()));
        }
        return Collections.unmodifiableList(found);
    }

    public boolean isLeaf(String code) {
        return children(code).isEmpty();
    }

    /** Every leaf, depth first: the points questions are tagged with. */
    public List<KnowledgeNode> leaves() {
        return preorder().stream().filter(n -> isLeaf(n.code())).toList();
    }

    /** From the top-level area down to this node, e.g. G → G3. */
    public List<KnowledgeNode> path(String code) {
        List<KnowledgeNode> path = new ArrayList<>();
        for (KnowledgeNode node = node(code);
                node != null;
                node = node.isRoot() ? null : byCode.get(node.parentCode())) {
            path.add(0, node);
        }
        return Collections.unmodifiableList(path);
    }

    private List<KnowledgeNode> preorder() {
        List<KnowledgeNode> order = new ArrayList<>();
        for (KnowledgeNode root : roots()) {
            order.add(root);
            order.addAll(descendants(root.code()));
        }
        return order;
    }

    private boolean inCycle(KnowledgeNode start) {
        Set<String> seen = new HashSet<>();
        for (KnowledgeNode node = start; !node.isRoot(); node = byCode.get(node.parentCode())) {
            if (!seen.add(node.code())) {
                return true;
            }
        }
        return false;
    }
}
