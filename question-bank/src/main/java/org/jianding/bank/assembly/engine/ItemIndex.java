package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.EligibilityPolicy;
import org.jianding.bank.assembly.Taxonomy;

/**
 * The eligible items of a bank grouped into classes: items of one type that fall into exactly the same weight rows
 * are interchangeable for every row, so the exact problem shrinks to choosing a count per class. Built once per
 * blueprint and bank snapshot; read-only afterwards, so one index serves concurrent draws. A change of the bank gives
 * a new index ({@link #updated}) equal to one built on the changed bank, without classifying the unchanged items.
 */
public final class ItemIndex {

    final Blueprint blueprint;
    final RowModel model;
    final AssemblyItem[] items;
    final int[] itemClass;
    final double[] facility;
    /** Items with fewer observed responses than FacilityPolicy.ENOUGH_RESPONSES: preferred among equally exposed. */
    final BitSet collecting = new BitSet();
    /** Per item, the 互斥 groups it belongs to (empty when none). */
    final int[][] groupsOf;

    private static final int[] NO_GROUPS = new int[0];

    final int groupCount;
    final String[] groupNames;
    /** Per group, its eligible members. */
    final int[][] groupMembers;
    /** Per item, its item set (-1 when none). */
    final int[] itemSet;

    final int setCount;
    final String[] setNames;
    /** Per item set, its eligible members. */
    final int[][] setMembers;
    /** Every eligible member of an item set. */
    final BitSet setItems = new BitSet();
    /**
     * Members of item sets that can never be drawn whole: a member does not suit the level or has no section, or two
     * members share a 互斥 group.
     */
    final BitSet unusableSets = new BitSet();
    /** Item sets (by number) with a member that does not suit the level or has no section. */
    final BitSet incompleteSets = new BitSet();

    final int[] classType;
    final int[] classPoints;
    /** Per class, the rows its items count for, ascending. */
    final int[][] classRows;

    final int[][] members;
    final int[] capacity;
    final double[] meanFacility;
    final int[][] typeMembers = new int[RowModel.TYPES][];
    final int[][] classesOfType = new int[RowModel.TYPES][];

    /** Key numbers of the items' classes, shared with every index updated from this one. */
    final ClassKeys keys;
    /** Per item, its key number in {@link #keys}. */
    final int[] keyOf;
    /** Per item set, how many items of the whole bank (eligible or not) belong to it. */
    final Map<String, Integer> setSizes;

    /** Indexes the eligible items of the bank (any order; the index keeps them in {@link #BANK_ORDER}). */
    public static ItemIndex of(Blueprint blueprint, Taxonomy taxonomy, List<AssemblyItem> bank) {
        ClassKeys keys = new ClassKeys(new RowModel(blueprint, taxonomy), taxonomy);
        AssemblyItem[] eligible = bank.stream()
                .filter(i -> EligibilityPolicy.isEligible(i, blueprint))
                .toArray(AssemblyItem[]::new);
        if (!sorted(eligible)) {
            Arrays.sort(eligible, BANK_ORDER);
        }
        requireDistinct(eligible, 0, eligible.length);
        int[] keyOf = new int[eligible.length];
        for (int i = 0; i < eligible.length; i++) {
            keyOf[i] = keys.of(eligible[i]);
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (AssemblyItem item : bank) {
            if (item.itemSet() != null) {
                sizes.merge(item.itemSet(), 1, Integer::sum);
            }
        }
        return new ItemIndex(blueprint, keys, eligible, keyOf, sizes);
    }

    /**
     * Bank order: by id, shorter ids first (so numeric ids in numeric order). The index does not depend on the order
     * the bank was given in, so an index built from scratch and one updated to the same bank are the same.
     */
    static final Comparator<AssemblyItem> BANK_ORDER = (a, b) -> compareIds(a.id(), b.id());

    static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static boolean sorted(AssemblyItem[] items) {
        for (int i = 1; i < items.length; i++) {
            if (BANK_ORDER.compare(items[i - 1], items[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Throws when two neighbours in [from, to) (sorted) share an id. */
    static void requireDistinct(AssemblyItem[] items, int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            if (items[i - 1].id().equals(items[i].id())) {
                throw new IllegalArgumentException("题库中题目重复：" + items[i].id());
            }
        }
    }

    /**
     * Everything else follows from the eligible items in bank order and their class keys: class, group and set
     * numbers by first appearance, members, capacities. Linear in the items, with no classification and no hashing
     * of items outside groups and sets; an update ({@link IndexUpdate}) comes here after merging its changes.
     */
    ItemIndex(Blueprint blueprint, ClassKeys keys, AssemblyItem[] items, int[] keyOf, Map<String, Integer> setSizes) {
        this.keys = keys;
        this.keyOf = keyOf;
        this.setSizes = setSizes;
        this.blueprint = blueprint;
        model = keys.model();
        this.items = items;
        int n = items.length;
        itemClass = new int[n];
        facility = new double[n];
        groupsOf = new int[n][];
        itemSet = new int[n];
        Map<String, Integer> groups = new LinkedHashMap<>();
        Map<String, Integer> sets = new LinkedHashMap<>();
        int[] classOfKey = new int[keys.size()];
        Arrays.fill(classOfKey, -1);
        List<Integer> classKeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AssemblyItem item = items[i];
            int key = keyOf[i];
            if (classOfKey[key] < 0) {
                classOfKey[key] = classKeys.size();
                classKeys.add(key);
            }
            itemClass[i] = classOfKey[key];
            facility[i] = item.facility();
            collecting.set(i, item.collecting());
            groupsOf[i] = item.mutexGroups().isEmpty()
                    ? NO_GROUPS
                    : item.mutexGroups().stream()
                            .sorted()
                            .mapToInt(g -> groups.computeIfAbsent(g, x -> groups.size()))
                            .toArray();
            itemSet[i] = item.itemSet() == null ? -1 : sets.computeIfAbsent(item.itemSet(), x -> sets.size());
        }
        groupCount = groups.size();
        groupNames = groups.keySet().toArray(String[]::new);
        setCount = sets.size();
        setNames = sets.keySet().toArray(String[]::new);
        groupMembers = membersOf(groupsOf, groupCount);
        setMembers = group(itemSet, setCount);
        markUnusableSets();
        int k = classKeys.size();
        classType = new int[k];
        classPoints = new int[k];
        classRows = new int[k][];
        for (int c = 0; c < k; c++) {
            classType[c] = keys.type(classKeys.get(c));
            classPoints[c] = model.typePoints[classType[c]];
            classRows[c] = keys.rows(classKeys.get(c));
        }
        members = group(itemClass, k);
        capacity = new int[k];
        meanFacility = new double[k];
        for (int c = 0; c < k; c++) {
            capacity[c] = distinctGroups(members[c], null);
            double sum = 0;
            for (int i : members[c]) {
                sum += facility[i];
            }
            meanFacility[c] = sum / members[c].length;
        }
        int[] itemType = new int[n];
        for (int i = 0; i < n; i++) {
            itemType[i] = classType[itemClass[i]];
        }
        int[][] byType = group(itemType, RowModel.TYPES);
        int[][] typeClasses = group(classType, RowModel.TYPES);
        for (int t = 0; t < RowModel.TYPES; t++) {
            typeMembers[t] = byType[t];
            classesOfType[t] = typeClasses[t];
        }
    }

    /** Sets some member of which is not eligible, or whose members share a 互斥 group, can never be drawn whole. */
    private void markUnusableSets() {
        Map<String, Integer> sizes = setSizes;
        for (int s = 0; s < setCount; s++) {
            int[] members = setMembers[s];
            boolean usable = sizes.getOrDefault(setNames[s], 0) == members.length;
            incompleteSets.set(s, !usable);
            BitSet groups = new BitSet();
            for (int i : members) {
                setItems.set(i);
                for (int g : groupsOf[i]) {
                    usable &= !groups.get(g);
                    groups.set(g);
                }
            }
            if (!usable) {
                for (int i : members) {
                    unusableSets.set(i);
                }
            }
        }
    }

    /**
     * The items this candidate can never get: those excluded, and every member of an item set that has a member
     * excluded or that can never be drawn whole.
     */
    BitSet blocked(BitSet excluded) {
        if (setCount == 0) {
            return excluded;
        }
        BitSet blocked = (BitSet) excluded.clone();
        blocked.or(unusableSets);
        for (int i = excluded.nextSetBit(0); i >= 0; i = excluded.nextSetBit(i + 1)) {
            if (itemSet[i] >= 0) {
                for (int m : setMembers[itemSet[i]]) {
                    blocked.set(m);
                }
            }
        }
        return blocked;
    }

    boolean hasGroupsOrSets() {
        return groupCount > 0 || setCount > 0;
    }

    private static int[][] membersOf(int[][] keysOf, int keys) {
        int[] sizes = new int[keys];
        for (int[] ks : keysOf) {
            for (int key : ks) {
                sizes[key]++;
            }
        }
        int[][] members = new int[keys][];
        for (int g = 0; g < keys; g++) {
            members[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < keysOf.length; i++) {
            for (int key : keysOf[i]) {
                members[key][sizes[key]++] = i;
            }
        }
        return members;
    }

    /**
     * The exposure the pick rules compare: twice the uses, plus one for an item that already has enough responses,
     * so fewer uses always win and, among equally used items, one still collecting responses wins.
     */
    int exposureRank(int uses, int item) {
        return 2 * uses + (collecting.get(item) ? 0 : 1);
    }

    boolean inRow(int k, int row) {
        return Arrays.binarySearch(classRows[k], row) >= 0;
    }

    /**
     * At most how many of these items can appear together, skipping those the predicate rejects: every item without
     * a 互斥 group, and of the grouped ones no more than the groups they touch (each group gives at most one item,
     * and every grouped item uses up a group of its own). Exact when no item sits in two groups.
     */
    int distinctGroups(int[] items, IntPredicate excluded) {
        int lone = 0;
        int grouped = 0;
        BitSet seen = null;
        int touched = 0;
        for (int i : items) {
            if (excluded != null && excluded.test(i)) {
                continue;
            }
            if (groupsOf[i].length == 0) {
                lone++;
                continue;
            }
            grouped++;
            if (seen == null) {
                seen = new BitSet();
            }
            for (int g : groupsOf[i]) {
                if (!seen.get(g)) {
                    seen.set(g);
                    touched++;
                }
            }
        }
        return lone + Math.min(grouped, touched);
    }

    /** Positions by key, ascending; negative keys (no set) are left out. */
    private static int[][] group(int[] keyOf, int keys) {
        int[] sizes = new int[keys];
        for (int key : keyOf) {
            if (key >= 0) {
                sizes[key]++;
            }
        }
        int[][] groups = new int[keys][];
        for (int g = 0; g < keys; g++) {
            groups[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < keyOf.length; i++) {
            if (keyOf[i] >= 0) {
                groups[keyOf[i]][sizes[keyOf[i]]++] = i;
            }
        }
        return groups;
    }

    public int eligibleCount() {
        return items.length;
    }

    public int classCount() {
        return classType.length;
    }

    /** The position of the item with this id; when it is not an eligible item here, -(where it would go) - 1. */
    int position(String id) {
        int lo = 0;
        int hi = items.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareIds(items[mid].id(), id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /**
     * This index with the bank changed: {@code removed} are the old versions of the items that left or changed (eligible
     * or not), {@code added} the new versions of those that came or changed. Null when the change is too large to be
     * worth applying (building anew is then about as fast).
     */
    public ItemIndex updated(List<AssemblyItem> removed, List<AssemblyItem> added) {
        return IndexUpdate.apply(this, removed, added);
    }
}
