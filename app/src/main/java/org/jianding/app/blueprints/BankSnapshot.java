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
        this.taxonomy = taxonomy;
        this.items = List.copyOf(items);
        this.groupings = Map.copyOf(groupings);
        this.observed = Map.copyOf(observed);
        this.items.forEach(i -> byQuestion.put(i.questionId(), i));
        this.assemblyItems = this.items.stream().map(this::engineItem).toList();
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
