package org.jianding.app.blueprints;

import java.util.List;

/**
 * How well the bank serves one blueprint version: how many fully disjoint papers it allows (greedy: assemble, set
 * the items aside, repeat until it fails; a lower bound), how much two randomly drawn papers share on average and
 * at most, and the thin cells (sections and rows whose eligible supply is under twice what one paper needs).
 */
public record PoolHealth(
        int eligibleItems,
        int itemsPerPaper,
        int disjointForms,
        boolean disjointCapped,
        int draws,
        double meanOverlap,
        int maxOverlap,
        List<ThinCell> thinCells,
        DiagnosisView diagnosis) {

    /** A section or row with little to choose from: what one paper needs and what the bank holds, in 题 or 分. */
    public record ThinCell(String label, int needed, int available, String unit) {}

    /** Mean overlap as a share of the paper's items, in percent. */
    public double meanOverlapPercent() {
        return itemsPerPaper == 0 ? 0 : 100.0 * meanOverlap / itemsPerPaper;
    }
}
