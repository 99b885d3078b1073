package org.jianding.bank.assembly.engine;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.EligibilityPolicy;

/**
 * Applies a change of the bank to an {@link ItemIndex}: only the changed items are checked for eligibility and
 * classified; the others keep their class keys, and the merged items go through the same derivation as a build, so
 * the result is the index a build on the changed bank gives (ItemIndexUpdateTests compare both). The old index is
 * left as it was (draws on it may be under way).
 */
final class IndexUpdate {

    /** Beyond this share of the eligible items changed, a build is about as fast, and simpler to trust. */
    static final int MAX_CHANGED_SHARE = 8;

    static final int MIN_CHANGES_ALLOWED = 256;

    private IndexUpdate() {}

    static ItemIndex apply(ItemIndex index, List<AssemblyItem> removed, List<AssemblyItem> added) {
        int n = index.items.length;
        if (removed.size() + added.size() > Math.max(MIN_CHANGES_ALLOWED, n / MAX_CHANGED_SHARE)) {
            return null;
        }
        Map<String, Integer> sizes = new HashMap<>(index.setSizes);
        BitSet gone = new BitSet(n);
        for (AssemblyItem item : removed) {
            if (item.itemSet() != null) {
                sizes.computeIfPresent(item.itemSet(), (s, k) -> k > 1 ? k - 1 : null);
            }
            int p = index.position(item.id());
            if (p >= 0) {
                gone.set(p);
            }
        }
        AssemblyItem[] coming = added.stream()
                .filter(i -> EligibilityPolicy.isEligible(i, index.blueprint))
                .sorted(ItemIndex.BANK_ORDER)
                .toArray(AssemblyItem[]::new);
        ItemIndex.requireDistinct(coming, 0, coming.length);
        for (AssemblyItem item : added) {
            if (item.itemSet() != null) {
                sizes.merge(item.itemSet(), 1, Integer::sum);
            }
        }
        int[] comingKeys = new int[coming.length];
        int[] at = new int[coming.length];
        for (int j = 0; j < coming.length; j++) {
            comingKeys[j] = index.keys.of(coming[j]);
            int p = index.position(coming[j].id());
            if (p >= 0 && !gone.get(p)) {
                throw new IllegalArgumentException("题库中题目重复：" + coming[j].id());
            }
            at[j] = p >= 0 ? p : -p - 1; // a changed item takes the place of its old version
        }
        int size = n - gone.cardinality() + coming.length;
        AssemblyItem[] items = new AssemblyItem[size];
        int[] keyOf = new int[size];
        int out = 0;
        int j = 0;
        for (int o = 0; o < n; o++) {
            for (; j < coming.length && at[j] <= o; j++, out++) {
                items[out] = coming[j];
                keyOf[out] = comingKeys[j];
            }
            if (!gone.get(o)) {
                items[out] = index.items[o];
                keyOf[out] = index.keyOf[o];
                out++;
            }
        }
        for (; j < coming.length; j++, out++) {
            items[out] = coming[j];
            keyOf[out] = comingKeys[j];
        }
        if (out != size) {
            throw new IllegalStateException("merged " + out + " items, expected " + size);
        }
        return new ItemIndex(index.blueprint, index.keys, items, keyOf, sizes);
    }
}
