package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * blueprint and bank snapshot; read-only afterwards, so one index serves concurrent draws.
 */
public final class ItemIndex {

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

    final Map<String, Integer> position = new HashMap<>();
    final int[] classType;
    final int[] classPoints;
    /** Per class, the rows its items count for, ascending. */
    final int[][] classRows;

    final int[][] members;
    final int[] capacity;
    final double[] meanFacility;
    final int[][] typeMembers = new int[RowModel.TYPES][];
    final int[][] classesOfType = new int[RowModel.TYPES][];

    public ItemIndex(Blueprint blueprint, Taxonomy taxonomy, List<AssemblyItem> bank) {
        model = new RowModel(blueprint, taxonomy);
        items = bank.stream()
                .filter(i -> EligibilityPolicy.isEligible(i, blueprint))
                .toArray(AssemblyItem[]::new);
        int n = items.length;
        itemClass = new int[n];
        facility = new double[n];
        groupsOf = new int[n][];
        itemSet = new int[n];
        Map<String, List<String>> ancestors = new HashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        Map<String, Integer> sets = new LinkedHashMap<>();
        Map<ClassKey, Integer> classes = new HashMap<>();
        List<ClassKey> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AssemblyItem item = items[i];
            if (position.put(item.id(), i) != null) {
                throw new IllegalArgumentException("题库中题目重复：" + item.id());
            }
            List<String> path = ancestors.computeIfAbsent(item.leaf(), taxonomy::ancestorsOrSelf);
            ClassKey key = new ClassKey(item.type().ordinal(), signature(item, path));
            itemClass[i] = classes.computeIfAbsent(key, k -> {
                keys.add(k);
                return keys.size() - 1;
            });
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
        setMembers = membersOf(
                java.util.Arrays.stream(itemSet)
                        .mapToObj(s -> s < 0 ? new int[0] : new int[] {s})
                        .toArray(int[][]::new),
                setCount);
        markUnusableSets(blueprint, bank);
        int k = keys.size();
        classType = new int[k];
        classPoints = new int[k];
        classRows = new int[k][];
        for (int c = 0; c < k; c++) {
            classType[c] = keys.get(c).type();
            classPoints[c] = model.typePoints[classType[c]];
            classRows[c] = keys.get(c).rows().stream().toArray();
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
    private void markUnusableSets(Blueprint blueprint, List<AssemblyItem> bank) {
        Map<String, Integer> sizes = new HashMap<>();
        for (AssemblyItem item : bank) {
            if (item.itemSet() != null) {
                sizes.merge(item.itemSet(), 1, Integer::sum);
            }
        }
        for (int s = 0; s < setCount; s++) {
            int[] members = setMembers[s];
            boolean usable = sizes.get(setNames[s]) == members.length;
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

    private BitSet signature(AssemblyItem item, List<String> path) {
        BitSet rows = new BitSet();
        for (int r = 0; r < model.rowCount(); r++) {
            if (model.rows.get(r).scope().matches(path, item.difficulty().value(), item.cognitive(), item.type())) {
                rows.set(r);
            }
        }
        return rows;
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

    private static int[][] group(int[] keyOf, int keys) {
        int[] sizes = new int[keys];
        for (int key : keyOf) {
            sizes[key]++;
        }
        int[][] groups = new int[keys][];
        for (int g = 0; g < keys; g++) {
            groups[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < keyOf.length; i++) {
            groups[keyOf[i]][sizes[keyOf[i]]++] = i;
        }
        return groups;
    }

    public int eligibleCount() {
        return items.length;
    }

    public int classCount() {
        return classType.length;
    }

    private record ClassKey(int type, BitSet rows) {}
}
