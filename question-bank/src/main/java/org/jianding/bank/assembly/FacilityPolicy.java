package org.jianding.bank.assembly;

import org.jianding.bank.item.Difficulty;

/**
 * The expected share of candidates answering an item right (facility p in [0,1]) when nothing was measured yet:
 * derived from the author's difficulty 1..5 as 0.9, 0.75, 0.6, 0.45, 0.3.
 */
public final class FacilityPolicy {

    private FacilityPolicy() {}

    public static double defaultFacility(Difficulty difficulty) {
        return 1.05 - 0.15 * difficulty.value();
    }
}
