package org.jianding.bank.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The distractor analysis of a choice item: each option that anyone chose, how often, and the mean total of those
 * who chose it. An option of a multiple-choice answer counts once per person who ticked it; a person who left the
 * item blank counts in the responses (the share's denominator) but for no option.
 */
final class Distractors {

    private Distractors() {}

    static List<OptionStatistics> of(Responses responses, int item, double[] totals) {
        TreeMap<String, double[]> byOption = new TreeMap<>(); // option → {count, sum of totals}
        int answered = 0;
        for (int person = 0; person < totals.length; person++) {
            if (Double.isNaN(responses.mark(person, item))) {
                continue;
            }
            answered++;
            String choice = responses.choice(person, item);
            if (choice == null) {
                continue;
            }
            double total = totals[person];
            choice.codePoints().distinct().forEach(option -> {
                double[] sums = byOption.computeIfAbsent(Character.toString(option), o -> new double[2]);
                sums[0]++;
                sums[1] += total;
            });
        }
        List<OptionStatistics> options = new ArrayList<>();
        for (var entry : byOption.entrySet()) {
            double[] sums = entry.getValue();
            options.add(new OptionStatistics(entry.getKey(), (int) sums[0], sums[0] / answered, sums[1] / sums[0]));
        }
        return options;
    }
}
