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
