package org.jianding.bank.assembly.engine;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Turns counts per class into items. The wish sample (random, least-exposed of two, per type) is used first; the
 * rest is drawn at random within the class with the same two-choice rule, and a full scan of the class is the last
 * resort before admitting that the class cannot supply its count under this candidate's rules.
 */
final class ItemPicker {

    private final ItemIndex index;
    private final Exposure exposure;
    private final SplittableRandom random;

    ItemPicker(ItemIndex index, Exposure exposure, SplittableRandom random) {
        this.index = index;
        this.exposure = exposure;
        this.random = random;
    }

    /** Wished items per type, in {@code wished}; returns the wish count per class. */
    int[] wish(Selection selection, int[] wished) {
        int[] perClass = new int[index.classCount()];
        BitSet seen = new BitSet();
        int n = 0;
        for (int t = 0; t < RowModel.TYPES; t++) {
            int[] pool = index.typeMembers[t];
            for (int j = selection.typeUsed[t]; j < selection.need[t] && pool.length > 0; j++) {
                int a = sample(pool, selection, seen, 8);
                int pick = LeastExposedPolicy.prefer(a, sample(pool, selection, seen, 2), exposure);
                if (pick >= 0) {
                    seen.set(pick);
                    wished[n++] = pick;
                    perClass[index.itemClass[pick]]++;
                }
            }
        }
        if (n < wished.length) {
            wished[n] = -1;
        }
        return perClass;
    }

    /**
     * Commits item sets whole before anything else: one random draw per slot of each section, and a draw that hits
     * a member of an item set takes the set when all of it may join and fits the sections. So a set comes about as
     * often as its members would. Returns the sets committed.
     */
    int[] commitSets(Selection selection) {
        BitSet tried = new BitSet();
        int[] committed = new int[index.setCount];
        int n = 0;
        for (int t = 0; t < RowModel.TYPES; t++) {
            int[] pool = index.typeMembers[t];
            for (int j = 0; j < selection.need[t] && pool.length > 0; j++) {
                int s = index.itemSet[pool[random.nextInt(pool.length)]];
                if (s >= 0 && !tried.get(s)) {
                    tried.set(s);
                    if (selection.addSet(s)) {
                        committed[n++] = s;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(committed, n);
    }

    /** Adds {@code count} items of class k; returns how many it could add. */
    int fill(Selection selection, int k, int count, int[] wished) {
        int got = 0;
        for (int i = 0; i < wished.length && wished[i] >= 0 && got < count; i++) {
            int w = wished[i];
            if (index.itemClass[w] == k && selection.accepts(w)) {
                selection.add(w);
                got++;
            }
        }
        int[] pool = index.members[k];
        int tries = 4 * (count - got) + 8;
        while (got < count && tries-- > 0) {
            int a = sample(pool, selection, null, 4);
            if (a >= 0) {
                selection.add(LeastExposedPolicy.prefer(a, sample(pool, selection, null, 1), exposure));
                got++;
            }
        }
        while (got < count) {
            int best = -1;
            for (int item : pool) {
                if (selection.accepts(item)) {
                    best = LeastExposedPolicy.prefer(best, item, exposure);
                }
            }
            if (best < 0) {
                break;
            }
            selection.add(best);
            got++;
        }
        return got;
    }

    /** A random acceptable member of the pool (also not in {@code seen}), or -1 after {@code tries} misses. */
    int sample(int[] pool, Selection selection, BitSet seen, int tries) {
        for (int i = 0; i < tries && pool.length > 0; i++) {
            int item = pool[random.nextInt(pool.length)];
            if (selection.accepts(item) && (seen == null || !seen.get(item))) {
                return item;
            }
        }
        return -1;
    }
}
