package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.questions.PoolItem;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.statistics.ObservedItem;

/**
 * The bank at one moment as the assembly engine sees it: the knowledge tree, every active question at its current
 * version and, when taken for a level, each question's statistics observed at that level (the engine then uses the
 * observed facility from {@link org.jianding.bank.assembly.FacilityPolicy#ENOUGH_RESPONSES} responses on, and
 * prefers items still collecting responses). Engine item ids are question ids as text; {@link #item} maps them back.
 */
public record BankSnapshot(Taxonomy taxonomy, List<PoolItem> items, Map<Long, ObservedItem> observed) {

    public BankSnapshot {
        items = List.copyOf(items);
        observed = Map.copyOf(observed);
    }

    public BankSnapshot(Taxonomy taxonomy, List<PoolItem> items) {
        this(taxonomy, items, Map.of());
    }

    public List<AssemblyItem> assemblyItems() {
        return items.stream().map(this::observedItem).toList();
    }

    private AssemblyItem observedItem(PoolItem item) {
        AssemblyItem a = toAssemblyItem(item);
        ObservedItem o = observed.get(item.questionId());
        return o == null ? a : a.withObserved(o.responses(), o.facility());
    }

    /** The active items plus the given (pinned) ones; a pinned version replaces the active one of its question. */
    public List<AssemblyItem> assemblyItemsWith(Collection<PoolItem> pinned) {
        Map<Long, PoolItem> byQuestion = new LinkedHashMap<>();
        items.forEach(i -> byQuestion.put(i.questionId(), i));
        pinned.forEach(i -> byQuestion.put(i.questionId(), i));
        return new ArrayList<>(byQuestion.values())
                .stream().map(BankSnapshot::toAssemblyItem).toList();
    }

    public PoolItem item(ItemRef ref) {
        long id = Long.parseLong(ref.id());
        return items.stream()
                .filter(i -> i.questionId() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the snapshot: " + ref));
    }

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
