package org.jianding.app.blueprints;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PoolChange;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.questions.QuestionGrouping;
import org.jianding.app.questions.QuestionGroupingChanged;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyItem;
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
 * the knowledge tree. When only questions changed, it reads the questions changed since the snapshot's watermark
 * (their latest {@code updated_at}, less {@link #MARGIN} for transactions that committed late) and applies them to
 * the snapshot and to every prepared assembly ({@link PaperAssembly#updated}); it reads the bank anew when the
 * knowledge tree changed, when more than {@link #MAX_CHANGES} questions changed, or when the applied snapshot does not
 * add up to the fingerprint (a change the watermark missed, a deleted row). So a change on any node of a cluster is
 * seen by the next request on every node, and a bank that did not change is read once. Prepared assemblies (the
 * engine's index of the eligible items per blueprint) are cached with the snapshot, at most {@link #ASSEMBLIES}; one
 * for a test information target is cached under the blueprint and its calibration's fingerprint, and a change reaches
 * it with the calibration's parameters put onto the changed items.
 * Meters: {@code jianding.bank.snapshot.rebuilds} and {@code jianding.bank.snapshot.updates} (this node).
 */
@Service
@Transactional(readOnly = true)
public class BankSnapshots {

    static final int ASSEMBLIES = 24;

    /** More changed questions than this are read with the whole bank rather than applied one by one. */
    static final int MAX_CHANGES = 500;

    /** Questions changed this long before the watermark are read again (transactions that committed late). */
    static final Duration MARGIN = Duration.ofSeconds(2);

    private final KnowledgeTree knowledge;
    private final ItemPool pool;
    private final QuestionStatistics statistics;
    private final Counter rebuilds;
    private final Counter updates;
    private final Object lock = new Object();
    private volatile Cached cached;
    private volatile boolean regrouped;

    private record Cached(
            List<Object> stamp,
            List<TaxonomyNode> nodes,
            BankSnapshot snapshot,
            Map<Key, Prepared> assemblies,
            Instant watermark) {}

    /** A prepared assembly's blueprint and, for a test information target, its calibration's fingerprint (or null). */
    private record Key(Blueprint blueprint, ItemCalibrations.CalibrationStamp calibration) {}

    /** A prepared assembly and the parameters put onto its items (null without a target). */
    private record Prepared(PaperAssembly assembly, CalibratedParameters calibration) {

        List<AssemblyItem> items(List<AssemblyItem> items) {
            return calibration == null ? items : calibration.onto(items);
        }
    }

    BankSnapshots(KnowledgeTree knowledge, ItemPool pool, QuestionStatistics statistics, MeterRegistry registry) {
        this.knowledge = knowledge;
        this.pool = pool;
        this.statistics = statistics;
        this.rebuilds = Counter.builder("jianding.bank.snapshot.rebuilds")
                .description("times the whole bank was read and indexed anew on this node")
                .register(registry);
        this.updates = Counter.builder("jianding.bank.snapshot.updates")
                .description("times changed questions were applied to the cached bank and its indexes on this node")
                .register(registry);
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
        return assembly(blueprint, snapshot, null);
    }

    /**
     * The engine prepared for this blueprint on this snapshot with each question's parameters from the calibration
     * (for a test information target; null: none), cached under the blueprint and the calibration's fingerprint, and
     * updated with the snapshot like the others.
     */
    PaperAssembly assembly(Blueprint blueprint, BankSnapshot snapshot, CalibratedParameters calibration) {
        Prepared prepared = new Prepared(null, calibration);
        Cached c = cached;
        if (c == null || c.snapshot() != snapshot) {
            return prepare(blueprint, snapshot, prepared);
        }
        Key key = new Key(blueprint, calibration == null ? null : calibration.stamp());
        synchronized (c.assemblies()) {
            Prepared known = c.assemblies().get(key);
            if (known != null) {
                return known.assembly();
            }
        }
        PaperAssembly assembly = prepare(blueprint, snapshot, prepared);
        synchronized (c.assemblies()) {
            c.assemblies().put(key, new Prepared(assembly, calibration));
        }
        return assembly;
    }

    private static PaperAssembly prepare(Blueprint blueprint, BankSnapshot snapshot, Prepared prepared) {
        return PaperAssembly.prepare(blueprint, snapshot.taxonomy(), prepared.items(snapshot.assemblyItems()));
    }

    /**
     * A change of groups on this node: the next request re-reads every grouping, even if the fingerprint happens to
     * stay the same (a renamed group of the same length); other nodes see the change through the fingerprint.
     */
    @EventListener
    void on(QuestionGroupingChanged changed) {
        regrouped = true;
    }

    private Cached current() {
        List<Object> stamp = pool.stamp();
        List<TaxonomyNode> nodes = nodes();
        Cached c = cached;
        if (c != null && !regrouped && c.stamp().equals(stamp) && c.nodes().equals(nodes)) {
            return c;
        }
        synchronized (lock) {
            c = cached;
            boolean regroup = regrouped;
            regrouped = false;
            if (c != null && !regroup && c.stamp().equals(stamp) && c.nodes().equals(nodes)) {
                return c;
            }
            Cached next = c != null && c.nodes().equals(nodes) ? updated(c, stamp, regroup) : null;
            if (next == null) {
                next = rebuilt(stamp, nodes);
            }
            cached = next;
            return next;
        }
    }

    private Cached rebuilt(List<Object> stamp, List<TaxonomyNode> nodes) {
        Instant watermark = pool.latestChange().orElse(Instant.EPOCH);
        BankSnapshot snapshot = new BankSnapshot(Taxonomy.of(nodes), pool.active(), pool.groupings());
        rebuilds.increment();
        return new Cached(stamp, nodes, snapshot, assemblies(), watermark);
    }

    /** The cached bank with the questions changed since its watermark applied; null when it has to be read anew. */
    private Cached updated(Cached c, List<Object> stamp, boolean regroup) {
        Instant watermark = pool.latestChange().orElse(Instant.EPOCH);
        List<PoolChange> changes = pool.changedSince(c.watermark().minus(MARGIN), MAX_CHANGES);
        if (changes.size() > MAX_CHANGES) {
            return null;
        }
        Map<Long, PoolItem> changed = new HashMap<>();
        changes.forEach(change -> changed.put(change.questionId(), change.active()));
        Map<Long, QuestionGrouping> groupings;
        if (regroup
                || !stamp.subList(GROUPING_STAMP, stamp.size())
                        .equals(c.stamp().subList(GROUPING_STAMP, c.stamp().size()))) {
            groupings = pool.groupings();
        } else {
            groupings = new HashMap<>(c.snapshot().groupings());
            groupings.keySet().removeAll(changed.keySet());
            groupings.putAll(pool.groupings(changed.keySet()));
        }
        BankSnapshot.SnapshotChange change = c.snapshot().apply(changed, groupings);
        if (!change.snapshot()
                .matches(
                        ((Number) stamp.get(0)).longValue(),
                        ((Number) stamp.get(1)).longValue(),
                        ((Number) stamp.get(2)).longValue())) {
            return null;
        }
        List<Map.Entry<Key, Prepared>> prepared;
        synchronized (c.assemblies()) {
            prepared = c.assemblies().entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue()))
                    .toList();
        }
        Map<Key, Prepared> assemblies = assemblies();
        for (Map.Entry<Key, Prepared> e : prepared) {
            Prepared p = e.getValue();
            p.assembly()
                    .updated(p.items(change.removed()), p.items(change.added()))
                    .ifPresent(next -> assemblies.put(e.getKey(), new Prepared(next, p.calibration())));
        }
        updates.increment();
        return new Cached(stamp, c.nodes(), change.snapshot(), assemblies, watermark);
    }

    /** Where the grouping rows start in {@link ItemPool#stamp()}: count, id and version sums come first. */
    private static final int GROUPING_STAMP = 5;

    private static Map<Key, Prepared> assemblies() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
                return size() > ASSEMBLIES;
            }
        };
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
