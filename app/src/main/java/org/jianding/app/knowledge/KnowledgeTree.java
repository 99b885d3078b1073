package org.jianding.app.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge taxonomy: reading it as a tree, and editing it (add, rename, move, retire, delete). Every change is
 * audited. The tree is small (hundreds of nodes), so it is read whole and walked in memory.
 */
@Service
@RetriedOnConflict
@Transactional
public class KnowledgeTree {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private final KnowledgeNodeRepository repository;
    private final List<KnowledgeNodeUsage> usages;
    private final AuditLog audit;
    private final Clock clock;

    KnowledgeTree(KnowledgeNodeRepository repository, List<KnowledgeNodeUsage> usages, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.usages = usages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every node, parents before children, siblings in their order. */
    @Transactional(readOnly = true)
    public List<KnowledgeNode> nodes() {
        List<KnowledgeNode> all = repository.findAll();
        Map<Long, List<KnowledgeNode>> byParent = new HashMap<>();
        all.forEach(n ->
                byParent.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n));
        List<KnowledgeNode> ordered = new ArrayList<>(all.size());
        appendChildren(null, byParent, ordered);
        return ordered;
    }

    @Transactional(readOnly = true)
    public Optional<KnowledgeNode> byCode(String code) {
        return repository.findAll().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public KnowledgeNode get(long id) {
        return repository
                .find(id)
                .orElseThrow(() -> DomainException.notFound("knowledge.notFound", String.valueOf(id)));
    }

    /** The tree as the item domain sees it (codes and parent codes), for checks and assembly. */
    @Transactional(readOnly = true)
    public Taxonomy taxonomy() {
        List<KnowledgeNode> all = nodes();
        Map<Long, String> codes = new HashMap<>();
        all.forEach(n -> codes.put(n.id(), n.code()));
        return new Taxonomy(all.stream()
                .map(n -> new org.jianding.bank.taxonomy.KnowledgeNode(n.code(), n.name(), codes.get(n.parentId())))
                .toList());
    }

    /** The ids of a node and all nodes below it. */
    @Transactional(readOnly = true)
    public Set<Long> selfAndDescendants(long id) {
        Map<Long, List<KnowledgeNode>> byParent = new HashMap<>();
        repository
                .findAll()
                .forEach(n -> byParent.computeIfAbsent(n.parentId(), k -> new ArrayList<>())
                        .add(n));
        Set<Long> ids = new HashSet<>();
        collect(id, byParent, ids);
        return ids;
    }

    public KnowledgeNode add(String code, String name, Long parentId) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw DomainException.badRequest("knowledge.code.invalid");
        }
        if (repository.findAll().stream().anyMatch(n -> n.code().equalsIgnoreCase(c))) {
            throw DomainException.conflict("knowledge.code.taken", c);
        }
        if (parentId != null) {
            get(parentId);
        }
        int order = (int) repository.findAll().stream()
                        .filter(n -> java.util.Objects.equals(n.parentId(), parentId))
                        .count()
                + 1;
        long id = repository.insert(c, checkName(name), parentId, order, clock.instant());
        audit.record("knowledge.added", "knowledgeNode", id, c + " " + name + " under " + parentId);
        return get(id);
    }

    public KnowledgeNode rename(long id, String name) {
        KnowledgeNode node = get(id);
        repository.rename(id, checkName(name), clock.instant());
        audit.record("knowledge.renamed", "knowledgeNode", id, node.name() + " -> " + name);
        return get(id);
    }

    /** Moves a node (with its subtree) under another parent, or to the top when {@code newParentId} is null. */
    public KnowledgeNode move(long id, Long newParentId) {
        KnowledgeNode node = get(id);
        if (newParentId != null && selfAndDescendants(id).contains(newParentId)) {
            throw DomainException.badRequest("knowledge.move.cycle");
        }
        if (newParentId != null) {
            get(newParentId);
        }
        repository.move(id, newParentId, clock.instant());
        audit.record("knowledge.moved", "knowledgeNode", id, node.parentId() + " -> " + newParentId);
        return get(id);
    }

    /** A retired node stays for the questions and papers that use it, but takes no new questions. */
    public KnowledgeNode setRetired(long id, boolean retired) {
        get(id);
        repository.setRetired(id, retired, clock.instant());
        audit.record(retired ? "knowledge.retired" : "knowledge.restored", "knowledgeNode", id, null);
        return get(id);
    }

    public void delete(long id) {
        KnowledgeNode node = get(id);
        if (repository.findAll().stream().anyMatch(n -> java.util.Objects.equals(n.parentId(), id))) {
            throw DomainException.conflict("knowledge.delete.hasChildren", node.code());
        }
        long uses = usages.stream().mapToLong(u -> u.usesOf(id)).sum();
        if (uses > 0) {
            throw DomainException.conflict("knowledge.delete.inUse", node.code(), String.valueOf(uses));
        }
        repository.delete(id);
        audit.record("knowledge.deleted", "knowledgeNode", id, node.code() + " " + node.name());
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw DomainException.badRequest("knowledge.name.invalid");
        }
        return n;
    }

    private static void appendChildren(Long parent, Map<Long, List<KnowledgeNode>> byParent, List<KnowledgeNode> out) {
        List<KnowledgeNode> children = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
        children.sort(Comparator.comparingInt(KnowledgeNode::sortOrder).thenComparing(KnowledgeNode::code));
        for (KnowledgeNode child : children) {
            out.add(child);
            appendChildren(child.id(), byParent, out);
        }
    }

    private static void collect(long id, Map<Long, List<KnowledgeNode>> byParent, Set<Long> into) {
        if (into.add(id)) {
            byParent.getOrDefault(id, List.of()).forEach(c -> collect(c.id(), byParent, into));
        }
    }
}
