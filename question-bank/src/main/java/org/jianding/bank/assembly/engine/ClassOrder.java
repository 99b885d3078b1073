package org.jianding.bank.assembly.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The order in which the count search decides classes: types with the most points per item first (they are the
 * lumpiest), and within a type the classes that can supply anything, shuffled by the paper's seed.
 */
final class ClassOrder {

    private ClassOrder() {}

    static int[] of(ItemIndex index, int[] avail, SplittableRandom random) {
        Integer[] types = new Integer[RowModel.TYPES];
        for (int t = 0; t < types.length; t++) {
            types[t] = t;
        }
        Arrays.sort(types, (a, b) -> index.model.typePoints[b] - index.model.typePoints[a]);
        int[] order = new int[index.classCount()];
        int n = 0;
        for (int t : types) {
            int start = n;
            for (int k : index.classesOfType[t]) {
                if (avail[k] > 0) {
                    order[n++] = k;
                }
            }
            for (int i = n - 1; i > start; i--) {
                int j = start + random.nextInt(i - start + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return Arrays.copyOf(order, n);
    }
}
