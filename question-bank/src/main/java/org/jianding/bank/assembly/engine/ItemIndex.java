package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
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
    final int[] mutex;
    /** Items with fewer observed responses than FacilityPolicy.ENOUGH_RESPONSES: preferred among equally exposed. */
    final BitSet collecting = new BitSet();

    final int groupCount;
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
        mutex = new int[n];
        Map<String, List<String>> ancestors = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
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
            mutex[i] = item.mutexGroup() == null ? -1 : groups.computeIfAbsent(item.mutexGroup(), g -> groups.size());
        }
        groupCount = groups.size();
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

    /** How many members can appear together: one per 互斥 group, skipping members the predicate rejects. */
    int distinctGroups(int[] classMembers, IntPredicate excluded) {
        int count = 0;
        BitSet seen = null;
        for (int i : classMembers) {
            if (excluded != null && excluded.test(i)) {
                continue;
            }
            if (mutex[i] < 0) {
                count++;
            } else {
                if (seen == null) {
                    seen = new BitSet();
                }
                if (!seen.get(mutex[i])) {
                    seen.set(mutex[i]);
                    count++;
                }
            }
        }
        return count;
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
