package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * How {@link ExactModel} sees a bank: which items stay interchangeable within their class (counted per class) and
 * which become units of their own: an item set taken whole, an item held by the overlap cap or in two 互斥 groups, and
 * per 互斥 group that spans classes (or touches a unit, or when the model is item-level or holds the facility band)
 * one "one of these" unit per class; with the earlier forms whose overlap the cap bounds.
 */
final class ExactUnits {

    final List<int[]> unitItems = new ArrayList<>();
    final List<Boolean> unitIsBundle = new ArrayList<>();
    final List<List<long[]>> groupTerms = new ArrayList<>();
    final int[] unitOf;
    final int[] plainAvail;
    final List<int[]> capForms = new ArrayList<>();
    final int cap;

    private final ItemIndex index;
    private final BitSet blocked;
    private final boolean itemLevel;
    private final boolean withBand;
    private final int classes;

    ExactUnits(ItemIndex index, BitSet blocked, OverlapCapPolicy overlap, boolean itemLevel, boolean withBand) {
        this.index = index;
        this.blocked = blocked;
        this.itemLevel = itemLevel;
        this.withBand = withBand;
        this.classes = index.classCount();
        int formSize = index.model.maxFormSize();
        boolean capBinds = overlap != null && overlap.binds(formSize);
        this.cap = capBinds ? overlap.cap() : Integer.MAX_VALUE;
        int n = index.items.length;
        unitOf = new int[n];
        Arrays.fill(unitOf, -1);
        plainAvail = new int[classes];
        if (!itemLevel) {
            for (int s = 0; s < index.setCount; s++) {
                int[] members = index.setMembers[s];
                if (members.length > 0 && !blocked.get(members[0])) {
                    addUnit(members, true);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (blocked.get(i) || unitOf[i] >= 0) {
                continue;
            }
            boolean held = capBinds && overlap.isHeld(i);
            int groups = index.groupsOf[i].length;
            if (held || groups >= 2 || itemLevel && (groups > 0 || index.itemSet[i] >= 0)) {
                addUnit(new int[] {i}, true);
            }
        }
        placeGroups();
        for (int i = 0; i < n; i++) {
            if (!blocked.get(i) && unitOf[i] < 0 && index.groupsOf[i].length == 0) {
                plainAvail[index.itemClass[i]]++;
            }
        }
        if (capBinds) {
            for (int[] form : overlap.forms()) {
                int[] kept = Arrays.stream(form).filter(i -> !blocked.get(i)).toArray();
                if (kept.length > cap) {
                    capForms.add(kept);
                }
            }
        }
    }

    /** Each 互斥 group's members that are no unit yet: counted once when the group stays within one class. */
    private void placeGroups() {
        for (int g = 0; g < index.groupCount; g++) {
            List<long[]> terms = new ArrayList<>();
            groupTerms.add(terms);
            int[] counts = new int[unitItems.size()];
            int firstClass = -1;
            boolean spans = false;
            boolean touchesUnit = false;
            for (int i : index.groupMembers[g]) {
                if (blocked.get(i)) {
                    continue;
                }
                if (unitOf[i] >= 0) {
                    counts[unitOf[i]]++;
                    touchesUnit = true;
                } else {
                    int k = index.itemClass[i];
                    spans |= firstClass >= 0 && firstClass != k;
                    firstClass = firstClass < 0 ? k : firstClass;
                }
            }
            for (int u = 0; u < counts.length; u++) {
                if (counts[u] > 0) {
                    terms.add(new long[] {u, counts[u]});
                }
            }
            if (firstClass < 0) {
                continue;
            }
            if (!spans && !touchesUnit && !itemLevel && !withBand) {
                plainAvail[firstClass]++; // one of them can appear, interchangeably
                continue;
            }
            for (int k = 0; k < classes; k++) {
                int kk = k;
                int[] rest = Arrays.stream(index.groupMembers[g])
                        .filter(i -> !blocked.get(i) && unitOf[i] < 0 && index.itemClass[i] == kk)
                        .toArray();
                if (rest.length > 0) {
                    terms.add(new long[] {unitItems.size(), 1});
                    unitItems.add(rest);
                    unitIsBundle.add(false);
                }
            }
        }
    }

    private void addUnit(int[] items, boolean bundle) {
        for (int i : items) {
            unitOf[i] = unitItems.size();
        }
        unitItems.add(items);
        unitIsBundle.add(bundle);
    }
}
