package org.jianding.bank.assembly.engine;

/**
 * The exact problem on classes: choose x[k] in [0, avail[k]] so that each type's counts add up to need[t] and each
 * row's sum (weight[r * TYPES + t] per item of type t: its points, or 1 for a count row) lies in [lo[r], hi[r]].
 * needLo and needHi are the sections' fewest and most questions per type (equal to need without count ranges; the
 * capacity check reads them, the searches use need). lo and hi are copies, so a diagnosis may relax rows one by one.
 */
record CountProblem(
        int[] classType,
        int[] classPoints,
        int[][] classRows,
        int[] avail,
        int[] need,
        int[] needLo,
        int[] needHi,
        int[] weight,
        int[] lo,
        int[] hi,
        String[] labels,
        int[] rowType,
        boolean[] counted) {

    static CountProblem of(ItemIndex index, int[] avail) {
        return of(index, avail, index.model.typeNeed);
    }

    static CountProblem of(ItemIndex index, int[] avail, int[] need) {
        RowModel m = index.model;
        return new CountProblem(
                index.classType,
                index.classPoints,
                index.classRows,
                avail,
                need,
                m.typeNeed,
                m.typeMax,
                m.weight,
                m.lo.clone(),
                m.hi.clone(),
                m.labels,
                m.rowType,
                m.counted);
    }

    /** The problem left once the selection's items (committed item sets) are in: fewer slots, shifted row bounds. */
    static CountProblem remaining(ItemIndex index, int[] avail, Selection selection) {
        if (selection.size == 0) {
            return of(index, avail, selection.need);
        }
        RowModel m = index.model;
        int[] need = selection.need.clone();
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
                need,
                need,
                m.weight,
                lo,
                hi,
                m.labels,
                m.rowType,
                m.counted);
    }

    int rows() {
        return lo.length;
    }

    int classes() {
        return classType.length;
    }

    /** What one item of class k adds to row r. */
    int weight(int r, int k) {
        return weight[r * RowModel.TYPES + classType[k]];
    }

    CountProblem withRowBounds(int[] newLo, int[] newHi) {
        return new CountProblem(
                classType,
                classPoints,
                classRows,
                avail,
                need,
                needLo,
                needHi,
                weight,
                newLo,
                newHi,
                labels,
                rowType,
                counted);
    }
}
