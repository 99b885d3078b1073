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

    /** What a cell named: a usable leaf's code, or why not. */
    record Found(String code, String problemKey) {}

    private final Map<String, KnowledgeNode> byCode = new HashMap<>();
    private final Map<String, KnowledgeNode> byName = new HashMap<>();
    private final Set<Long> parents = new HashSet<>();

    KnowledgeLookup(List<KnowledgeNode> nodes) {
        for (KnowledgeNode node : nodes) {
            byCode.put(node.code().toUpperCase(java.util.Locale.ROOT), node);
            byName.putIfAbsent(node.name(), node);
            if (node.parentId() != null) {
                parents.add(node.parentId());
            }
        }
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

    /** The leaf a 知识点 cell names. */
    Found leaf(String text) {
        KnowledgeNode node = find(text);
        if (node == null) {
            return new Found(null, "knowledge.unknown");
        }
        if (node.retired()) {
            return new Found(null, "knowledge.retired");
        }
        if (parents.contains(node.id())) {
            return new Found(null, "knowledge.notLeaf");
        }
        return new Found(node.code(), null);
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
