package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.Taxonomy;

/**
 * What one item is for the engine apart from its own figures: its type and the weight rows it counts for (its class
 * key), numbered once per blueprint and taxonomy. Shared by an index and every index updated from it, so an update
 * classifies only the items that changed. Keys are only ever added; class numbers are assigned by the index (first
 * appearance in bank order), not here, so the numbering of keys never shows in a paper.
 */
final class ClassKeys {

    private final RowModel model;
    private final Taxonomy taxonomy;
    private final Map<String, List<String>> ancestors = new HashMap<>();
    private final Map<Key, Integer> ids = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();

    ClassKeys(RowModel model, Taxonomy taxonomy) {
        this.model = model;
        this.taxonomy = taxonomy;
    }

    /** The key number of an eligible item (adding its key when new). */
    synchronized int of(AssemblyItem item) {
        List<String> path = ancestors.computeIfAbsent(item.leaf(), taxonomy::ancestorsOrSelf);
        BitSet rows = new BitSet();
        for (int r = 0; r < model.rowCount(); r++) {
            if (model.rows.get(r).scope().matches(path, item.difficulty().value(), item.cognitive(), item.type())) {
                rows.set(r);
            }
        }
        return ids.computeIfAbsent(new Key(item.type().ordinal(), rows), k -> {
            keys.add(k);
            return keys.size() - 1;
        });
    }

    synchronized int size() {
        return keys.size();
    }

    synchronized int type(int key) {
        return keys.get(key).type();
    }

    synchronized int[] rows(int key) {
        return keys.get(key).rows().stream().toArray();
    }

    RowModel model() {
        return model;
    }

    private record Key(int type, BitSet rows) {}
}
