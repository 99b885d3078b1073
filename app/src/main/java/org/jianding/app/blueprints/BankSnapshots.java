package org.jianding.app.blueprints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.QuestionGroupingChanged;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.assembly.TaxonomyNode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes {@link BankSnapshot}s: the knowledge tree in the engine's form and the active question pool, and keeps one
 * snapshot per bank version, shared by every request. Before reuse it compares the pool's fingerprint (a few
 * aggregate queries: count, id and version sums of the active questions, the latest change, the grouping rows) and
 * the knowledge tree; when either changed the snapshot is read anew. So a change on any node of a cluster is seen
 * by the next request on every node, and a bank that did not change is read once. Prepared assemblies (the
 * engine's index of the eligible items per blueprint) are cached with the snapshot, at most {@link #ASSEMBLIES}.
 */
@Service
@Transactional(readOnly = true)
public class BankSnapshots {

    static final int ASSEMBLIES = 24;

    private final KnowledgeTree knowledge;
    private final ItemPool pool;
    private final QuestionStatistics statistics;
    private final Object lock = new Object();
    private volatile Cached cached;

    private record Cached(
            List<Object> stamp,
            List<TaxonomyNode> nodes,
            BankSnapshot snapshot,
            Map<Blueprint, PaperAssembly> assemblies) {}

    BankSnapshots(KnowledgeTree knowledge, ItemPool pool, QuestionStatistics statistics) {
        this.knowledge = knowledge;
        this.pool = pool;
        this.statistics = statistics;
    }

    /** The bank as it is now: the cached snapshot when nothing changed since it was read. */
    public BankSnapshot take() {
        return current().snapshot();
    }

    /**
     * The engine prepared for this blueprint on this snapshot (validated and indexed once per bank version and
     * blueprint).
     *
     * @throws org.jianding.bank.assembly.InvalidBlueprintException when the blueprint contradicts itself
     */
    public PaperAssembly assembly(Blueprint blueprint, BankSnapshot snapshot) {
        Cached c = cached;
        if (c == null || c.snapshot() != snapshot) {
            return PaperAssembly.prepare(blueprint, snapshot.taxonomy(), snapshot.assemblyItems());
        }
        synchronized (c.assemblies()) {
            PaperAssembly assembly = c.assemblies().get(blueprint);
            if (assembly != null) {
                return assembly;
            }
        }
        PaperAssembly assembly = PaperAssembly.prepare(blueprint, snapshot.taxonomy(), snapshot.assemblyItems());
        synchronized (c.assemblies()) {
            c.assemblies().put(blueprint, assembly);
        }
        return assembly;
    }

    /** Drops the cached snapshot at once (this node); other nodes see the change through the fingerprint. */
    @EventListener
    void on(QuestionGroupingChanged changed) {
        cached = null;
    }

    private Cached current() {
        List<Object> stamp = pool.stamp();
        List<TaxonomyNode> nodes = nodes();
        Cached c = cached;
        if (c != null && c.stamp().equals(stamp) && c.nodes().equals(nodes)) {
            return c;
        }
        synchronized (lock) {
            c = cached;
            if (c != null && c.stamp().equals(stamp) && c.nodes().equals(nodes)) {
                return c;
            }
            BankSnapshot snapshot = new BankSnapshot(Taxonomy.of(nodes), pool.active(), pool.groupings());
            Map<Blueprint, PaperAssembly> assemblies = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Blueprint, PaperAssembly> eldest) {
                    return size() > ASSEMBLIES;
                }
            };
            c = new Cached(stamp, nodes, snapshot, assemblies);
            cached = c;
            return c;
        }
    }

    /**
     * The bank with each question's statistics observed at the level (for assembling that level's papers): the cached
     * snapshot itself while nothing was observed at the level, so its prepared engines are reused.
     */
    public BankSnapshot take(Level level) {
        return take().observedAt(statistics.atLevel(level));
    }

    public Taxonomy taxonomy() {
        return Taxonomy.of(nodes());
    }

    private List<TaxonomyNode> nodes() {
        return knowledge.taxonomy().nodes().stream()
                .map(n -> new TaxonomyNode(n.code(), n.name(), n.parentCode()))
                .toList();
    }
}
