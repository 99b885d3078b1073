package org.jianding.bank.irt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Right/wrong responses of persons to items, the input of calibration: 1 right, 0 wrong, {@link #MISSING} when the
 * item was not presented (another form). Identical response patterns are kept once with their count, so the EM's
 * cost grows with the number of distinct patterns; persons keep their order for the abilities.
 */
public final class DichotomousResponses {

    public static final byte MISSING = -1;

    private final int items;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<byte[]> patterns = new ArrayList<>();
    private final List<double[]> counts = new ArrayList<>();
    private final List<Integer> personPattern = new ArrayList<>();

    public DichotomousResponses(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("at least one item");
        }
        this.items = items;
    }

    /**
     * The documented rule for marks that are not right/wrong (partial credit, 多选 with partial marks): full marks count
     * as right (1), anything less as wrong (0); {@code null} (not presented) or an item worth 0 points is missing.
     */
    public static byte fullMarks(Double earned, double maxPoints) {
        if (earned == null || !(maxPoints > 0)) {
            return MISSING;
        }
        return earned >= maxPoints - 1e-9 ? (byte) 1 : (byte) 0;
    }

    /** Adds one person. */
    public DichotomousResponses add(byte... responses) {
        return add(1, responses);
    }

    /** Adds {@code count} persons with the same responses (a row of a pattern-frequency table). */
    public DichotomousResponses add(int count, byte... responses) {
        if (responses.length != items) {
            throw new IllegalArgumentException("expected " + items + " responses per person");
        }
        for (byte r : responses) {
            if (r != 0 && r != 1 && r != MISSING) {
                throw new IllegalArgumentException("a response must be 0, 1 or MISSING: " + r);
            }
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be ≥ 0");
        }
        if (count == 0) {
            return this;
        }
        String key = Arrays.toString(responses);
        Integer p = index.get(key);
        if (p == null) {
            p = patterns.size();
            index.put(key, p);
            patterns.add(responses.clone());
            counts.add(new double[1]);
        }
        counts.get(p)[0] += count;
        for (int i = 0; i < count; i++) {
            personPattern.add(p);
        }
        return this;
    }

    public int items() {
        return items;
    }

    public int persons() {
        return personPattern.size();
    }

    int patterns() {
        return patterns.size();
    }

    byte[] pattern(int p) {
        return patterns.get(p);
    }

    double count(int p) {
        return counts.get(p)[0];
    }

    int patternOf(int person) {
        return personPattern.get(person);
    }
}
