package org.jianding.bank.assembly;

import org.jianding.bank.item.Difficulty;

/**
 * The facility p (expected share of the points earned, 0–1) the engine uses for an item. Once the item was answered
 * {@link #ENOUGH_RESPONSES} times at the blueprint's level, its observed facility there; before that, the prior of
 * the author's difficulty 1..5: 0.9, 0.75, 0.6, 0.45, 0.3 (1.05 − 0.15 × difficulty).
 */
public final class FacilityPolicy {

    /** Responses at a level from which the observed facility replaces the prior (also the flags' minimum). */
    public static final int ENOUGH_RESPONSES = 30;

    private FacilityPolicy() {}

    public static double defaultFacility(Difficulty difficulty) {
        return 1.05 - 0.15 * difficulty.value();
    }

    public static double facility(Difficulty difficulty, int responses, Double observed) {
        if (observed != null && responses >= ENOUGH_RESPONSES && observed >= 0 && observed <= 1) {
            return observed;
        }
        return defaultFacility(difficulty);
    }
}
