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
        for (int k = 0; k < p.classes(); k++) {
            int t = p.classType()[k];
            typeAvail[t] += p.avail()[k];
            for (int r : p.classRows()[k]) {
                inside[r][t] += p.avail()[k];
            }
        }
        List<Shortfall> found = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            if (typeAvail[t] < p.need()[t]) {
                found.add(counted(RowModel.typeName(t), p.need()[t], typeAvail[t]));
            }
        }
        for (int r = 0; r < p.rows(); r++) {
            int most = 0;
            int least = 0;
            int onlyType = -1;
            int typesInside = 0;
            for (int t = 0; t < types; t++) {
                most += p.typePoints()[t] * Math.min(p.need()[t], inside[r][t]);
                least += p.typePoints()[t] * Math.max(0, p.need()[t] - (typeAvail[t] - inside[r][t]));
                if (p.need()[t] > 0 && inside[r][t] > 0) {
                    onlyType = t;
                    typesInside++;
                }
            }
            String row = p.labels()[r];
            if (p.rowType()[r] >= 0) {
                onlyType = p.rowType()[r];
                typesInside = 1;
            }
            if (most < p.lo()[r]) {
                found.add(
                        typesInside == 1
                                ? counted(row, ceilDiv(p.lo()[r], p.typePoints()[onlyType]), inside[r][onlyType])
                                : new Shortfall(
                                        row,
                                        p.lo()[r],
                                        most,
                                        "分",
                                        row + "：需要至少 " + p.lo()[r] + " 分，可用题最多只能凑出 " + most + " 分（差 "
                                                + (p.lo()[r] - most) + " 分）"));
            }
            if (least > p.hi()[r]) {
                found.add(new Shortfall(
                        row,
                        p.hi()[r],
                        least,
                        "分",
                        row + "：至多 " + p.hi()[r] + " 分，但其余可用题不足，本行至少要占 " + least + " 分（超出 " + (least - p.hi()[r])
                                + " 分）"));
            }
        }
        return found;
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
