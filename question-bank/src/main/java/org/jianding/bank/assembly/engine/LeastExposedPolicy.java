package org.jianding.bank.assembly.engine;

/**
 * Least-exposed items are preferred: of two random acceptable candidates the less exposed wins (ties keep the first).
 * Two choices already flatten usage across the bank almost as well as a full sort, at constant cost per pick, and
 * keep the draw random so parallel forms differ.
 */
final class LeastExposedPolicy {

    private LeastExposedPolicy() {}

    static int prefer(int first, int second, Exposure exposure) {
        if (first < 0) {
            return second;
        }
        if (second < 0) {
            return first;
        }
        return exposure.of(second) < exposure.of(first) ? second : first;
    }
}
