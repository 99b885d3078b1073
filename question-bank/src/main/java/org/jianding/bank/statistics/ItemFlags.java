package org.jianding.bank.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that flag a question from its pooled statistics at one level (docs/statistics.md, "Flags"). No flag at
 * all below {@link #MIN_RESPONSES} responses. Facility outside [{@link #FACILITY_LOW}, {@link #FACILITY_HIGH}] (the
 * bounds themselves pass); discrimination below 0 (negative) or below {@link #DISCRIMINATION_LOW} (low); for single
 * and multiple choice: a wrong option chosen by nobody, and a wrong option chosen by at least {@link #MIN_CHOOSERS}
 * whose choosers' mean standardised total is above that of the key's choosers (all key options pooled).
 */
public final class ItemFlags {

    public static final int MIN_RESPONSES = 30;
    public static final double FACILITY_LOW = 0.20;
    public static final double FACILITY_HIGH = 0.90;
    public static final double DISCRIMINATION_LOW = 20;
    public static final int MIN_CHOOSERS = 5;

    private ItemFlags() {}

    /**
     * @param options the question's option labels (empty for questions that are not single or multiple choice)
     * @param key the right options among them
     */
    public static List<ItemFlag> of(ObservedItem item, List<String> options, Set<String> key) {
        List<ItemFlag> flags = new ArrayList<>();
        if (item.responses() < MIN_RESPONSES) {
            return flags;
        }
        Double p = item.facility();
        if (p != null && p > FACILITY_HIGH) {
            flags.add(new ItemFlag(ItemFlag.Kind.TOO_EASY, null, p, FACILITY_HIGH));
        } else if (p != null && p < FACILITY_LOW) {
            flags.add(new ItemFlag(ItemFlag.Kind.TOO_HARD, null, p, FACILITY_LOW));
        }
        Double d = item.discrimination();
        if (d != null && d < 0) {
            flags.add(new ItemFlag(ItemFlag.Kind.NEGATIVE_DISCRIMINATION, null, d, 0));
        } else if (d != null && d < DISCRIMINATION_LOW) {
            flags.add(new ItemFlag(ItemFlag.Kind.LOW_DISCRIMINATION, null, d, DISCRIMINATION_LOW));
        }
        Double keyZ = keyMeanZ(item, key);
        for (String option : options) {
            if (key.contains(option)) {
                continue;
            }
            int count = item.count(option);
            if (count == 0) {
                flags.add(new ItemFlag(ItemFlag.Kind.UNUSED_DISTRACTOR, option, 0, 0));
                continue;
            }
            Double z = meanZ(item, option);
            if (count >= MIN_CHOOSERS && z != null && keyZ != null && z > keyZ) {
                flags.add(new ItemFlag(ItemFlag.Kind.STRONG_DISTRACTOR, option, z, keyZ));
            }
        }
        return flags;
    }

    /** The mean standardised total of everyone who chose a key option (a 多选 chooser counted per key option). */
    static Double keyMeanZ(ObservedItem item, Set<String> key) {
        double sum = 0;
        int count = 0;
        for (Observation.Option o : item.options()) {
            if (key.contains(o.option()) && o.meanZ() != null) {
                sum += o.count() * o.meanZ();
                count += o.count();
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static Double meanZ(ObservedItem item, String option) {
        return item.options().stream()
                .filter(o -> o.option().equals(option))
                .map(Observation.Option::meanZ)
                .findFirst()
                .orElse(null);
    }
}
