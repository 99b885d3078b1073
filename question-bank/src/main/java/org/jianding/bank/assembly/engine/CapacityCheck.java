package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.assembly.Shortfall;

/**
 * The rows the bank cannot meet even on their own: a type with too few items, a row whose eligible items cannot
 * reach its fewest points, or a row that the other items cannot keep below its most points. Exactly the root
 * look-ahead of {@link CountSearch}, spelled out per row with the amounts.
 */
final class CapacityCheck {

    private CapacityCheck() {}

    static List<Shortfall> shortfalls(CountProblem p) {
        int types = RowModel.TYPES;
        int[] typeAvail = new int[types];
        int[][] inside = new int[p.rows()][types];
        int[][] outside = new int[p.rows()][types];
        for (int k = 0; k < p.classes(); k++) {
            int t = p.classType()[k];
            typeAvail[t] += p.avail()[k];
            for (int r : p.classRows()[k]) {
                inside[r][t] += p.avail()[k];
            }
        }
        for (int r = 0; r < p.rows(); r++) {
            for (int t = 0; t < types; t++) {
                outside[r][t] = typeAvail[t] - inside[r][t];
            }
        }
        return shortfalls(p, typeAvail, inside, outside, new String[types], new String[p.rows()]);
    }

    /**
     * The same with supplies counted over items, not summed over classes: a 互斥 group spanning classes of one type
     * (or of one row) gives one item there, not one per class, so the amounts stated are the bank's true maximum
     * (an upper bound still when an item sits in two groups).
     */
    static List<Shortfall> shortfalls(CountProblem p, ItemIndex index, java.util.BitSet blocked) {
        int types = RowModel.TYPES;
        int rows = p.rows();
        int[] typeAvail = new int[types];
        int[][] inside = new int[rows][types];
        int[][] outside = new int[rows][types];
        String[] typeNote = new String[types];
        String[] rowNote = new String[rows];
        java.util.Set<Integer>[] rowGroups = new java.util.Set[rows];
        for (int t = 0; t < types; t++) {
            typeAvail[t] = index.distinctGroups(index.typeMembers[t], blocked::get);
            typeNote[t] = note(index, groupsBiting(index, index.typeMembers[t], blocked));
            for (int r = 0; r < rows; r++) {
                int[][] split = split(index, t, r);
                inside[r][t] = index.distinctGroups(split[0], blocked::get);
                outside[r][t] = index.distinctGroups(split[1], blocked::get);
                (rowGroups[r] == null ? rowGroups[r] = new java.util.TreeSet<>() : rowGroups[r])
                        .addAll(groupsBiting(index, split[0], blocked));
            }
        }
        for (int r = 0; r < rows; r++) {
            rowNote[r] = rowGroups[r] == null ? null : note(index, rowGroups[r]);
        }
        return shortfalls(p, typeAvail, inside, outside, typeNote, rowNote);
    }

    /** The 互斥 groups holding two or more of these items (so not all of them can appear together). */
    private static java.util.Set<Integer> groupsBiting(ItemIndex index, int[] items, java.util.BitSet blocked) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int i : items) {
            if (!blocked.get(i)) {
                for (int g : index.groupsOf[i]) {
                    counts.merge(g, 1, Integer::sum);
                }
            }
        }
        java.util.Set<Integer> biting = new java.util.TreeSet<>();
        counts.forEach((g, n) -> {
            if (n > 1) {
                biting.add(g);
            }
        });
        return biting;
    }

    private static String note(ItemIndex index, java.util.Set<Integer> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int g : groups) {
            if (names.size() == 3) {
                names.add("等");
                break;
            }
            names.add("「" + index.groupNames[g] + "」");
        }
        return "；同一互斥组的题只能选 1 道入卷（互斥组" + String.join("、", names) + "）";
    }

    /** The members of type t inside and outside row r. */
    private static int[][] split(ItemIndex index, int t, int r) {
        int[] members = index.typeMembers[t];
        int[] in = new int[members.length];
        int[] out = new int[members.length];
        int a = 0;
        int b = 0;
        for (int i : members) {
            if (index.inRow(index.itemClass[i], r)) {
                in[a++] = i;
            } else {
                out[b++] = i;
            }
        }
        return new int[][] {java.util.Arrays.copyOf(in, a), java.util.Arrays.copyOf(out, b)};
    }

    private static List<Shortfall> shortfalls(
            CountProblem p, int[] typeAvail, int[][] inside, int[][] outside, String[] typeNote, String[] rowNote) {
        int types = RowModel.TYPES;
        List<Shortfall> found = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            if (typeAvail[t] < p.needLo()[t]) {
                found.add(noted(counted(RowModel.typeName(t), p.needLo()[t], typeAvail[t]), typeNote[t]));
            }
        }
        for (int r = 0; r < p.rows(); r++) {
            int most = 0;
            int least = 0;
            int onlyType = -1;
            int typesInside = 0;
            for (int t = 0; t < types; t++) {
                int w = p.weight()[r * types + t];
                most += w * Math.min(p.needHi()[t], inside[r][t]);
                least += w * Math.max(0, p.needLo()[t] - outside[r][t]);
                if (p.needHi()[t] > 0 && inside[r][t] > 0) {
                    onlyType = t;
                    typesInside++;
                }
            }
            String row = p.labels()[r];
            String unit = p.counted()[r] ? "题" : "分";
            if (p.rowType()[r] >= 0) {
                onlyType = p.rowType()[r];
                typesInside = 1;
            }
            if (most < p.lo()[r]) {
                boolean bankShort =
                        typesInside == 1 && inside[r][onlyType] < ceilDiv(p.lo()[r], p.weight()[r * types + onlyType]);
                found.add(noted(
                        bankShort
                                ? counted(
                                        row, ceilDiv(p.lo()[r], p.weight()[r * types + onlyType]), inside[r][onlyType])
                                : new Shortfall(
                                        row,
                                        p.lo()[r],
                                        most,
                                        unit,
                                        row + "：需要至少 " + p.lo()[r] + " " + unit + "，按题型设置与可用题最多只能凑出 " + most + " "
                                                + unit + "（差 " + (p.lo()[r] - most) + " " + unit + "）"),
                        rowNote[r]));
            }
            if (least > p.hi()[r]) {
                found.add(new Shortfall(
                        row,
                        p.hi()[r],
                        least,
                        unit,
                        row + "：至多 " + p.hi()[r] + " " + unit + "，但其余可用题不足，本行至少要占 " + least + " " + unit + "（超出 "
                                + (least - p.hi()[r]) + " " + unit + "）"));
            }
        }
        return found;
    }

    private static Shortfall noted(Shortfall s, String note) {
        return note == null ? s : new Shortfall(s.row(), s.needed(), s.available(), s.unit(), s.message() + note);
    }

    static Shortfall counted(String row, int needed, int available) {
        return new Shortfall(
                row,
                needed,
                available,
                "题",
                row + "：需要 " + needed + " 题，题库仅有 " + available + " 道可用题（差 " + (needed - available) + " 道）");
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
