package org.jianding.bank.assembly.engine;

import java.util.BitSet;

/**
 * The items of the paper being drawn, with the rules every single item must pass: not already in, not excluded for
 * this candidate, no other item of its 互斥 group in, and within the session's overlap cap. Also tracks each row's
 * sum (points, or questions for a count row) and how many items each class supplies.
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
    final int[] typeUsed = new int[RowModel.TYPES];
    final int[] rowSum;
    /** Questions per type this draw aims at (the sections' counts, or a choice within their ranges). */
    final int[] need;

    Selection(ItemIndex index, BitSet excluded, OverlapCapPolicy overlap) {
        this(index, excluded, overlap, index.model.typeNeed);
    }

    Selection(ItemIndex index, BitSet excluded, OverlapCapPolicy overlap, int[] need) {
        this.index = index;
        this.excluded = excluded;
        this.overlap = overlap;
        this.need = need;
        this.items = new int[index.model.maxFormSize()];
        this.used = new int[index.classCount()];
        this.rowSum = new int[index.model.rowCount()];
    }

    boolean isExcluded(int item) {
        return excluded.get(item);
    }

    /** Whether a single item may join: members of item sets join only with their whole set ({@link #addSet}). */
    boolean accepts(int item) {
        return index.itemSet[item] < 0 && allows(item);
    }

    private boolean allows(int item) {
        if (taken.get(item) || excluded.get(item)) {
            return false;
        }
        for (int g : index.groupsOf[item]) {
            if (groups.get(g)) {
                return false;
            }
        }
        return overlap == null || overlap.allows(item);
    }

    void add(int item) {
        items[size++] = item;
        mark(item, true);
    }

    /**
     * Adds every member of item set s when all of them may join and fit the sections still open; false (and nothing
     * added) otherwise.
     */
    boolean addSet(int s) {
        int[] members = index.setMembers[s];
        int[] needed = new int[RowModel.TYPES];
        for (int i : members) {
            needed[index.classType[index.itemClass[i]]]++;
        }
        for (int t = 0; t < needed.length; t++) {
            if (typeUsed[t] + needed[t] > need[t]) {
                return false;
            }
        }
        int added = 0;
        for (int i : members) {
            if (!allows(i)) {
                break;
            }
            add(i);
            added++;
        }
        if (added < members.length) {
            for (int a = 0; a < added; a++) {
                mark(items[--size], false);
            }
            return false;
        }
        return true;
    }

    /** Whether the item at {@code slot} belongs to an item set (it can only leave with its set). */
    boolean inSet(int slot) {
        return index.itemSet[items[slot]] >= 0;
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
        int sign = in ? 1 : -1;
        int type = index.classType[k];
        taken.set(item, in);
        for (int g : index.groupsOf[item]) {
            groups.set(g, in);
        }
        used[k] += in ? 1 : -1;
        typeUsed[index.classType[k]] += in ? 1 : -1;
        for (int r : index.classRows[k]) {
            rowSum[r] += sign * index.model.weight(r, type);
        }
        if (overlap != null) {
            if (in) {
                overlap.add(item);
            } else {
                overlap.remove(item);
            }
        }
    }
}
