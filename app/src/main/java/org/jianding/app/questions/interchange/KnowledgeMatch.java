package org.jianding.app.questions.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jianding.app.knowledge.KnowledgeNode;

/**
 * Finds the usable leaf (not retired, no children) a file's category or knowledge text denotes. A text is a code
 * ({@code G3}), a name ({@code 法律法规}) or {@code G3 法律法规}. A category path matches the leaf named like its last
 * part whose own path of names shares the longest tail with it ({@code 营销/法律法规} beats {@code 服务/法律法规});
 * a tie is no match, since guessing would file questions under the wrong point.
 */
final class KnowledgeMatch {

    private final Map<String, KnowledgeNode> byCode = new HashMap<>();
    private final Map<Long, KnowledgeNode> byId = new HashMap<>();
    private final Set<Long> parents = new HashSet<>();
    private final List<KnowledgeNode> leaves = new ArrayList<>();

    KnowledgeMatch(List<KnowledgeNode> nodes) {
        for (KnowledgeNode node : nodes) {
            byCode.put(node.code().toUpperCase(Locale.ROOT), node);
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                parents.add(node.parentId());
            }
        }
        for (KnowledgeNode node : nodes) {
            if (!node.retired() && !parents.contains(node.id())) {
                leaves.add(node);
            }
        }
    }

    /** The leaf's code, or null. */
    String byText(String text) {
        String t = text.strip();
        KnowledgeNode node = byCode.get(t.toUpperCase(Locale.ROOT));
        if (node == null && t.indexOf(' ') > 0) {
            node = byCode.get(t.substring(0, t.indexOf(' ')).toUpperCase(Locale.ROOT));
        }
        if (node == null) {
            List<KnowledgeNode> named =
                    leaves.stream().filter(l -> l.name().equals(t)).toList();
            node = named.size() == 1 ? named.get(0) : null;
        }
        return node != null && leaves.contains(node) ? node.code() : null;
    }

    /** The leaf's code, or null when none or several fit equally. */
    String byPath(List<String> path) {
        if (path.isEmpty()) {
            return null;
        }
        String last = path.get(path.size() - 1);
        String direct = byCodeOnly(last);
        if (direct != null) {
            return direct;
        }
        KnowledgeNode best = null;
        int bestScore = 0;
        boolean tie = false;
        for (KnowledgeNode leaf : leaves) {
            if (!leaf.name().equals(last)) {
                continue;
            }
            int score = commonTail(namePath(leaf), path);
            if (score > bestScore) {
                best = leaf;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return best == null || tie ? null : best.code();
    }

    private String byCodeOnly(String text) {
        KnowledgeNode node = byCode.get(text.strip().toUpperCase(Locale.ROOT));
        return node != null && leaves.contains(node) ? node.code() : null;
    }

    /** The names from the root down to the node. */
    List<String> namePath(KnowledgeNode node) {
        List<String> names = new ArrayList<>();
        for (KnowledgeNode n = node; n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            names.add(0, n.name());
            if (names.size() > 64) {
                break;
            }
        }
        return names;
    }

    KnowledgeNode node(String code) {
        return byCode.get(code.toUpperCase(Locale.ROOT));
    }

    private static int commonTail(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }
}
