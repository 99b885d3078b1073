package org.jianding.bank.assembly.engine;

import java.util.BitSet;

/**
 * The items of the paper being drawn, with the rules every single item must pass: not already in, not excluded for
 * this candidate, no other item of its 互斥 group in, and within the session's overlap cap. Also tracks each row's
 * points and how many items each class supplies.
 */
final class Selection {

    final ItemIndex index;
    final int[] items;
    int size;
    private final BitSet taken = new BitSet();
    private final BitSet groups = new BitSet();
    private final BitSet excluded;
    private final OverlapCapPolicy overlap;
    final int[] used;
    final int[] rowSum;

    Selection(ItemIndex index, BitSet excluded, OverlapCapPolicy overlap) {
        this.index = index;
        this.excluded = excluded;
        this.overlap = overlap;
        this.items = new int[sum(index.model.typeNeed)];
        this.used = new int[index.classCount()];
        this.rowSum = new int[index.model.rowCount()];
    }

    boolean isExcluded(int item) {
        return excluded.get(item);
    }

    boolean accepts(int item) {
        int group = index.mutex[item];
        return !taken.get(item)
                && !excluded.get(item)
                && (group < 0 || !groups.get(group))
                && (overlap == null || overlap.allows(item));
    }

    void add(int item) {
        items[size++] = item;
        mark(item, true);
    }

    /** Puts an acceptable item into a released slot. */
    void put(int slot, int item) {
        items[slot] = item;
        mark(item, true);
    }

    /** Takes the item at {@code slot} out of every tally without moving it, so a swap can test its replacement. */
    void release(int slot) {
        mark(items[slot], false);
    }

    void restore(int slot) {
        mark(items[slot], true);
    }

    void clear() {
        for (int s = size - 1; s >= 0; s--) {
            mark(items[s], false);
        }
        size = 0;
    }

    double expectedScore() {
        double e = 0;
        for (int s = 0; s < size; s++) {
            e += index.classPoints[index.itemClass[items[s]]] * index.facility[items[s]];
        }
        return e;
    }

    private void mark(int item, boolean in) {
        int k = index.itemClass[item];
        int points = in ? index.classPoints[k] : -index.classPoints[k];
        taken.set(item, in);
        if (index.mutex[item] >= 0) {
            groups.set(index.mutex[item], in);
        }
        used[k] += in ? 1 : -1;
        for (int r : index.classRows[k]) {
            rowSum[r] += points;
        }
        if (overlap != null) {
            if (in) {
                overlap.add(item);
            } else {
                overlap.remove(item);
            }
        }
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
