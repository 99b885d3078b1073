package org.jianding.app.questions.excel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.knowledge.KnowledgeNode;

/**
 * Finds knowledge points as sheets name them: by code ({@code G3}), by name ({@code 法律法规}), or as the template's
 * drop-down writes them ({@code G3 法律法规}). The tree is read once per import, not once per row.
 */
final class KnowledgeLookup {

    /**
     * What a cell named: a usable leaf's code (found by a part of its name when {@code partial}), or why not, with the
     * leaves it could mean when it is ambiguous.
     */
    record Found(String code, String problemKey, boolean partial, List<String> candidates) {

        static Found problem(String key) {
            return new Found(null, key, false, List.of());
        }
    }

    private final Map<String, KnowledgeNode> byCode = new HashMap<>();
    private final Map<String, KnowledgeNode> byName = new HashMap<>();
    private final Set<Long> parents = new HashSet<>();
    private final List<KnowledgeNode> leaves;

    KnowledgeLookup(List<KnowledgeNode> nodes) {
        for (KnowledgeNode node : nodes) {
            byCode.put(node.code().toUpperCase(java.util.Locale.ROOT), node);
            byName.putIfAbsent(node.name(), node);
            if (node.parentId() != null) {
                parents.add(node.parentId());
            }
        }
        leaves = nodes.stream().filter(this::usableLeaf).toList();
    }

    /** The usable leaves, for the mapping step's choice of a default knowledge point. */
    List<KnowledgeNode> leaves() {
        return leaves;
    }

    /** The drop-down entries: every usable leaf as {@code code name}. */
    static List<String> choices(List<KnowledgeNode> nodes) {
        KnowledgeLookup lookup = new KnowledgeLookup(nodes);
        return nodes.stream()
                .filter(lookup::usableLeaf)
                .map(KnowledgeLookup::choice)
                .toList();
    }

    static String choice(KnowledgeNode node) {
        return node.code() + " " + node.name();
    }

    /**
     * The leaf a 知识点 cell names: by code or exact name; else the one usable leaf whose name contains the text or is
     * contained in it. Two or more such leaves are a problem naming them.
     */
    Found leaf(String text) {
        KnowledgeNode node = find(text);
        if (node == null) {
            return partial(Spellings.fold(text));
        }
        if (node.retired()) {
            return Found.problem("knowledge.retired");
        }
        if (parents.contains(node.id())) {
            return Found.problem("knowledge.notLeaf");
        }
        return new Found(node.code(), null, false, List.of());
    }

    private Found partial(String text) {
        String t = text.replaceAll("\\s+", "");
        if (t.length() < 2) {
            return Found.problem("knowledge.unknown");
        }
        List<KnowledgeNode> matches = leaves.stream()
                .filter(n -> {
                    String name = n.name().replaceAll("\\s+", "");
                    return name.contains(t) || (name.length() >= 2 && t.contains(name));
                })
                .toList();
        if (matches.size() == 1) {
            return new Found(matches.get(0).code(), null, true, List.of());
        }
        if (matches.isEmpty()) {
            return Found.problem("knowledge.unknown");
        }
        return new Found(
                null,
                "knowledge.ambiguous",
                false,
                matches.stream().map(KnowledgeLookup::choice).toList());
    }

    /** Any node (a secondary tag need not be a leaf); null when unknown. */
    String anyCode(String text) {
        KnowledgeNode node = find(text);
        return node == null ? null : node.code();
    }

    /** The export's spelling of a code: {@code G3 法律法规}. */
    String label(String code) {
        KnowledgeNode node = byCode.get(code.toUpperCase(java.util.Locale.ROOT));
        return node == null ? code : choice(node);
    }

    private boolean usableLeaf(KnowledgeNode node) {
        return !node.retired() && !parents.contains(node.id());
    }

    private KnowledgeNode find(String text) {
        String t = Spellings.fold(text);
        KnowledgeNode node = byCode.get(t.toUpperCase(java.util.Locale.ROOT));
        if (node == null) {
            node = byName.get(t);
        }
        int space = t.indexOf(' ');
        if (node == null && space > 0) {
            node = byCode.get(t.substring(0, space).toUpperCase(java.util.Locale.ROOT));
        }
        return node;
    }
}
