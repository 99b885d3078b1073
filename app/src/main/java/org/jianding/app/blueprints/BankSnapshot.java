package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.questions.QuestionGrouping;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.statistics.ObservedItem;

/**
 * The bank at one moment as the assembly engine sees it: the knowledge tree, every active question at its current
 * version, and the questions' 互斥 groups and item sets; when taken for a level ({@link #observedAt}), each question's
 * statistics observed at that level (the engine then uses the observed facility from {@link
 * org.jianding.bank.assembly.FacilityPolicy#ENOUGH_RESPONSES} responses on, and prefers items still collecting
 * responses). Engine item ids are question ids as text; {@link #item} maps them back. Immutable, so one snapshot
 * serves every request until the bank changes ({@link BankSnapshots}).
 */
public final class BankSnapshot {

    private final Taxonomy taxonomy;
    private final List<PoolItem> items;
    private final Map<Long, QuestionGrouping> groupings;
    private final Map<Long, ObservedItem> observed;
    private final Map<Long, PoolItem> byQuestion = new LinkedHashMap<>();
    private final List<AssemblyItem> assemblyItems;

    public BankSnapshot(Taxonomy taxonomy, List<PoolItem> items, Map<Long, QuestionGrouping> groupings) {
        this(taxonomy, items, groupings, Map.of());
    }

    private BankSnapshot(
            Taxonomy taxonomy,
            List<PoolItem> items,
            Map<Long, QuestionGrouping> groupings,
            Map<Long, ObservedItem> observed) {
        this(taxonomy, items, groupings, observed, null);
    }

    /** With {@code engineItems} (parallel to {@code items}) when they are known already, else null. */
    private BankSnapshot(
            Taxonomy taxonomy,
            List<PoolItem> items,
            Map<Long, QuestionGrouping> groupings,
            Map<Long, ObservedItem> observed,
            List<AssemblyItem> engineItems) {
        this.taxonomy = taxonomy;
        this.items = List.copyOf(items);
        this.groupings = Map.copyOf(groupings);
        this.observed = Map.copyOf(observed);
        this.items.forEach(i -> byQuestion.put(i.questionId(), i));
        this.assemblyItems = engineItems != null
                ? List.copyOf(engineItems)
                : this.items.stream().map(this::engineItem).toList();
    }

    /**
     * This bank (as read, not observed at a level) after some questions changed: {@code changed} holds each
     * changed question's current version, or null when it left the pool; {@code groupings} are every question's
     * groupings now. Questions whose version and groupings stayed as they were keep their engine items. The result
     * names the engine items that went and came, for {@link org.jianding.bank.assembly.PaperAssembly#updated}.
     */
    SnapshotChange apply(Map<Long, PoolItem> changed, Map<Long, QuestionGrouping> groupings) {
        java.util.Set<Long> touched = new java.util.HashSet<>();
        changed.forEach((id, item) -> {
            if (!java.util.Objects.equals(item, byQuestion.get(id))) {
                touched.add(id);
            }
        });
        java.util.Set<Long> grouped = new java.util.HashSet<>(this.groupings.keySet());
        grouped.addAll(groupings.keySet());
        for (long id : grouped) {
            if (!grouping(id).equals(groupings.getOrDefault(id, QuestionGrouping.NONE))) {
                touched.add(id);
            }
        }
        List<AssemblyItem> removed = new ArrayList<>();
        java.util.TreeMap<Long, PoolItem> coming = new java.util.TreeMap<>();
        for (long id : touched) {
            PoolItem now = changed.containsKey(id) ? changed.get(id) : byQuestion.get(id);
            if (now != null) {
                coming.put(id, now);
            }
        }
        BankSnapshot shape = new BankSnapshot(taxonomy, List.of(), groupings, Map.of(), List.of());
        List<PoolItem> nextItems = new ArrayList<>(items.size() + coming.size());
        List<AssemblyItem> nextEngine = new ArrayList<>(items.size() + coming.size());
        List<AssemblyItem> added = new ArrayList<>();
        var incoming = coming.entrySet().iterator();
        var next = incoming.hasNext() ? incoming.next() : null;
        for (int i = 0; i < items.size(); i++) {
            PoolItem item = items.get(i);
            for (;
                    next != null && next.getKey() < item.questionId();
                    next = incoming.hasNext() ? incoming.next() : null) {
                added.add(take(shape, next.getValue(), nextItems, nextEngine));
            }
            if (touched.contains(item.questionId())) {
                removed.add(assemblyItems.get(i));
                continue;
            }
            nextItems.add(item);
            nextEngine.add(assemblyItems.get(i));
        }
        for (; next != null; next = incoming.hasNext() ? incoming.next() : null) {
            added.add(take(shape, next.getValue(), nextItems, nextEngine));
        }
        return new SnapshotChange(
                new BankSnapshot(taxonomy, nextItems, groupings, Map.of(), nextEngine), removed, added);
    }

    private static AssemblyItem take(
            BankSnapshot shape, PoolItem item, List<PoolItem> items, List<AssemblyItem> engineItems) {
        AssemblyItem engineItem = shape.engineItem(item);
        items.add(item);
        engineItems.add(engineItem);
        return engineItem;
    }

    /** A changed snapshot and the engine items that left it and came into it. */
    record SnapshotChange(BankSnapshot snapshot, List<AssemblyItem> removed, List<AssemblyItem> added) {}

    /** Whether count, id sum and version sum of the items are these (the pool's fingerprint of its active part). */
    boolean matches(long count, long idSum, long versionSum) {
        long ids = 0;
        long versions = 0;
        for (PoolItem item : items) {
            ids += item.questionId();
            versions += item.versionNo();
        }
        return items.size() == count && ids == idSum && versions == versionSum;
    }

    Map<Long, QuestionGrouping> groupings() {
        return groupings;
    }

    /** This bank with each question's statistics observed at one level; itself when nothing was observed. */
    public BankSnapshot observedAt(Map<Long, ObservedItem> atLevel) {
        return atLevel.isEmpty() && observed.isEmpty() ? this : new BankSnapshot(taxonomy, items, groupings, atLevel);
    }

    /** The statistics observed at the level this snapshot was taken for (empty when none). */
    public Map<Long, ObservedItem> observed() {
        return observed;
    }

    public BankSnapshot(Taxonomy taxonomy, List<PoolItem> items) {
        this(taxonomy, items, Map.of());
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public List<PoolItem> items() {
        return items;
    }

    /** The active items with their groups and sets, built once per snapshot. */
    public List<AssemblyItem> assemblyItems() {
        return assemblyItems;
    }

    /** The active items plus the given (pinned) ones; a pinned version replaces the active one of its question. */
    public List<AssemblyItem> assemblyItemsWith(Collection<PoolItem> pinned) {
        Map<Long, PoolItem> all = new LinkedHashMap<>(byQuestion);
        pinned.forEach(i -> all.put(i.questionId(), i));
        return new ArrayList<>(all.values()).stream().map(this::engineItem).toList();
    }

    public PoolItem item(ItemRef ref) {
        PoolItem item = byQuestion.get(Long.parseLong(ref.id()));
        if (item == null) {
            throw new IllegalArgumentException("not in the snapshot: " + ref);
        }
        return item;
    }

    public QuestionGrouping grouping(long questionId) {
        return groupings.getOrDefault(questionId, QuestionGrouping.NONE);
    }

    private AssemblyItem engineItem(PoolItem item) {
        QuestionGrouping g = grouping(item.questionId());
        AssemblyItem plain = toAssemblyItem(item);
        ObservedItem o = observed.get(item.questionId());
        AssemblyItem seen = o == null ? plain : plain.withObserved(o.responses(), o.facility());
        return g.isEmpty() ? seen : seen.withMutexGroups(g.mutexGroups()).inItemSet(g.itemSet());
    }

    /** The item without groups or set. */
    public static AssemblyItem toAssemblyItem(PoolItem item) {
        return AssemblyItem.of(
                String.valueOf(item.questionId()),
                item.versionNo(),
                item.leafCode(),
                item.type(),
                item.difficulty(),
                item.cognitiveLevel(),
                item.levels());
    }
}
