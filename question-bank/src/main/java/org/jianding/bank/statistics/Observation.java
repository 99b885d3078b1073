package org.jianding.bank.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * What one sitting (a session, at its level) observed of one question: how many responded, its facility (0–1), its
 * discrimination index (×100) and, for choice questions, how many chose each option with the mean standardised total
 * of those who chose it ({@code meanZ}: (mean total of the choosers − the session's mean total) / the session's SD,
 * so sittings of different lengths can be pooled). Facility and discrimination are null where undefined.
 */
public record Observation(int responses, Double facility, Double discrimination, List<Option> options) {

    /** One option: who chose it, and their mean standardised total (null when the session's totals do not vary). */
    public record Option(String option, int count, Double meanZ) {}

    public Observation {
        if (responses < 0) {
            throw new IllegalArgumentException("responses must be >= 0");
        }
        options = List.copyOf(options);
    }

    /** The observation of an item of a session's analysis: the option means standardised by the session's totals. */
    public static Observation of(ItemStatistics item, TestStatistics test) {
        boolean spread = test.mean() != null && test.sd() != null && test.sd() > 0;
        List<Option> options = new ArrayList<>();
        for (OptionStatistics o : item.options()) {
            Double z = spread ? (o.meanTotal() - test.mean()) / test.sd() : null;
            options.add(new Option(o.option(), o.count(), z));
        }
        return new Observation(item.responses(), item.facility(), item.discriminationIndex(), options);
    }
}
