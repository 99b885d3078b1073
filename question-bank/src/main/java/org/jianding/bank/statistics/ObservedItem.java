package org.jianding.bank.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question's statistics at one level pooled over the sittings that observed it. Responses add up; facility is the
 * response-weighted mean of the sittings' facilities (the pooled facility when the question kept its maximum);
 * discrimination is the response-weighted mean of the sittings' discrimination indices, over the sittings where it
 * was defined (an approximation of a pooled correlation: each sitting's rest scores are on its own scale); per
 * option the counts add up and the mean standardised total is weighted by count.
 */
public record ObservedItem(
        int responses, int sittings, Double facility, Double discrimination, List<Observation.Option> options) {

    public ObservedItem {
        options = List.copyOf(options);
    }

    public static ObservedItem pool(List<Observation> sittings) {
        int responses = 0;
        double facilitySum = 0;
        int facilityWeight = 0;
        double discriminationSum = 0;
        int discriminationWeight = 0;
        Map<String, double[]> options = new LinkedHashMap<>(); // count, Σ count·z, Σ count over defined z
        for (Observation o : sittings) {
            responses += o.responses();
            if (o.facility() != null) {
                facilitySum += o.responses() * o.facility();
                facilityWeight += o.responses();
            }
            if (o.discrimination() != null) {
                discriminationSum += o.responses() * o.discrimination();
                discriminationWeight += o.responses();
            }
            for (Observation.Option option : o.options()) {
                double[] sums = options.computeIfAbsent(option.option(), k -> new double[3]);
                sums[0] += option.count();
                if (option.meanZ() != null) {
                    sums[1] += option.count() * option.meanZ();
                    sums[2] += option.count();
                }
            }
        }
        List<Observation.Option> pooled = new ArrayList<>();
        options.forEach((label, sums) ->
                pooled.add(new Observation.Option(label, (int) sums[0], sums[2] > 0 ? sums[1] / sums[2] : null)));
        return new ObservedItem(
                responses,
                sittings.size(),
                facilityWeight > 0 ? facilitySum / facilityWeight : null,
                discriminationWeight > 0 ? discriminationSum / discriminationWeight : null,
                pooled);
    }

    /** How many chose the option (0 when nobody did). */
    public int count(String option) {
        return options.stream()
                .filter(o -> o.option().equals(option))
                .mapToInt(Observation.Option::count)
                .sum();
    }
}
