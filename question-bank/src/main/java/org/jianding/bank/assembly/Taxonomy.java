package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The knowledge tree as parent links. Items name a leaf; blueprint rows may name a node at any depth. */
public final class Taxonomy {

    private final Map<String, TaxonomyNode> nodes;

    private Taxonomy(Map<String, TaxonomyNode> nodes) {
        this.nodes = nodes;
    }

    public static Taxonomy of(List<TaxonomyNode> nodes) {
        Map<String, TaxonomyNode> byCode = new LinkedHashMap<>();
        for (TaxonomyNode node : nodes) {
            if (byCode.put(node.code(), node) != null) {
                throw new IllegalArgumentException("知识点编码重复：" + node.code());
            }
        }
        for (TaxonomyNode node : nodes) {
            if (node.parent() != null && !byCode.containsKey(node.parent())) {
                throw new IllegalArgumentException("知识点 " + node.code() + " 的上级 " + node.parent() + " 不存在");
            }
        }
        Taxonomy taxonomy = new Taxonomy(Collections.unmodifiableMap(byCode));
        for (TaxonomyNode node : nodes) {
            taxonomy.ancestorsOrSelf(node.code()); // fails on cycles
        }
        return taxonomy;
    }

    public boolean contains(String code) {
        return nodes.containsKey(code);
    }

    public Optional<TaxonomyNode> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    /** The node's name, or its code when the tree does not know it. */
    public String name(String code) {
        TaxonomyNode node = nodes.get(code);
        return node == null ? code : node.name();
    }

    /** The code itself first, then its parent, up to the root. */
    public List<String> ancestorsOrSelf(String code) {
        List<String> path = new ArrayList<>();
        String current = code;
        while (current != null) {
            if (path.contains(current) || path.size() > nodes.size()) {
                throw new IllegalArgumentException("知识点体系存在环：" + path);
            }
            path.add(current);
            TaxonomyNode node = nodes.get(current);
            current = node == null ? null : node.parent();
        }
        return path;
    }

    public boolean isWithin(String code, String ancestor) {
        return ancestorsOrSelf(code).contains(ancestor);
    }

    public List<String> children(String code) {
        return nodes.values().stream()
                .filter(n -> code == null ? n.parent() == null : code.equals(n.parent()))
                .map(TaxonomyNode::code)
                .toList();
    }

    public List<TaxonomyNode> nodes() {
        return List.copyOf(nodes.values());
    }
}
