package org.jianding.bank.assembly.engine;

/**
 * The exact problem on classes: choose x[k] in [0, avail[k]] so that each type's counts add up to need[t] and each
 * row's points lie in [lo[r], hi[r]]. lo and hi are copies, so a diagnosis may relax rows one by one.
 */
record CountProblem(
        int[] classType,
        int[] classPoints,
        int[][] classRows,
        int[] avail,
        int[] need,
        int[] typePoints,
        int[] lo,
        int[] hi,
        String[] labels,
        int[] rowType) {

    static CountProblem of(ItemIndex index, int[] avail) {
        RowModel m = index.model;
        return new CountProblem(
                index.classType,
                index.classPoints,
                index.classRows,
                avail,
                m.typeNeed,
                m.typePoints,
                m.lo.clone(),
                m.hi.clone(),
                m.labels,
                m.rowType);
    }

    /** The problem left once the selection's items (committed item sets) are in: fewer slots, shifted row bounds. */
    static CountProblem remaining(ItemIndex index, int[] avail, Selection selection) {
        if (selection.size == 0) {
            return of(index, avail);
        }
        RowModel m = index.model;
        int[] need = m.typeNeed.clone();
        for (int t = 0; t < need.length; t++) {
            need[t] -= selection.typeUsed[t];
        }
        int[] lo = m.lo.clone();
        int[] hi = m.hi.clone();
        for (int r = 0; r < lo.length; r++) {
            lo[r] -= selection.rowSum[r];
            hi[r] -= selection.rowSum[r];
        }
        return new CountProblem(
                index.classType,
                index.classPoints,
                index.classRows,
                avail,
                need,
                m.typePoints,
                lo,
                hi,
                m.labels,
                m.rowType);
    }

    int rows() {
        return lo.length;
    }

    int classes() {
        return classType.length;
    }

    CountProblem withRowBounds(int[] newLo, int[] newHi) {
        return new CountProblem(
                classType, classPoints, classRows, avail, need, typePoints, newLo, newHi, labels, rowType);
    }
}
