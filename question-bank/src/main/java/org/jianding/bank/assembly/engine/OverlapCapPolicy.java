package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * No two forms of a session share more than {@code cap} items. Keeps, per item, the forms already holding it and,
 * for the form being drawn, how many items it shares with each earlier form; an item may join only if no earlier
 * form holding it would exceed the cap.
 */
final class OverlapCapPolicy {

    private final int cap;
    private final int[][] formsOf;
    private final int[] formCount;
    private int[] shared = new int[16];
    private int forms;
    private final List<int[]> committed = new ArrayList<>();

    OverlapCapPolicy(int items, int cap) {
        this.cap = cap;
        this.formsOf = new int[items][];
        this.formCount = new int[items];
    }

    int cap() {
        return cap;
    }

    /** Whether the cap can bite a form of {@code formSize} items: some earlier form exists and the cap is smaller. */
    boolean binds(int formSize) {
        return forms > 0 && cap < formSize;
    }

    /** Whether an earlier form holds the item. */
    boolean isHeld(int item) {
        return formCount[item] > 0;
    }

    /** The items of each earlier form, in drawing order. */
    List<int[]> forms() {
        return committed;
    }

    boolean allows(int item) {
        int[] holders = formsOf[item];
        for (int f = 0; f < formCount[item]; f++) {
            if (shared[holders[f]] >= cap) {
                return false;
            }
        }
        return true;
    }

    void add(int item) {
        for (int f = 0; f < formCount[item]; f++) {
            shared[formsOf[item][f]]++;
        }
    }

    void remove(int item) {
        for (int f = 0; f < formCount[item]; f++) {
            shared[formsOf[item][f]]--;
        }
    }

    /** Records the finished form's items and starts the next form with nothing shared. */
    void commit(int[] items, int size) {
        committed.add(Arrays.copyOf(items, size));
        for (int s = 0; s < size; s++) {
            int item = items[s];
            remove(item);
            if (formsOf[item] == null) {
                formsOf[item] = new int[4];
            } else if (formCount[item] == formsOf[item].length) {
                formsOf[item] = Arrays.copyOf(formsOf[item], formCount[item] * 2);
            }
            formsOf[item][formCount[item]++] = forms;
        }
        forms++;
        if (forms == shared.length) {
            shared = Arrays.copyOf(shared, forms * 2);
        }
    }
}
