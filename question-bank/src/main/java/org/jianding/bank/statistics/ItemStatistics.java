package org.jianding.bank.statistics;

import java.util.List;

/**
 * The statistics of one item. Percent-like measures follow Moodle's scale: facility and sd are fractions of the
 * maximum (0–1), the discrimination index, discriminative efficiency and effective weight are ×100.
 *
 * @param responses how many persons were given the item
 * @param facility mean mark / maximum; null for a zero maximum or no responses
 * @param sd sample standard deviation of the mark / maximum; null for a zero maximum or fewer than 2 responses
 * @param discriminationIndex 100 × the correlation of the mark with the rest of the total; null when either varies
 *     not at all or fewer than 2 responded
 * @param discriminativeEfficiency 100 × that covariance / the largest covariance the same marks could have (both
 *     sorted); null when that largest covariance is 0
 * @param effectiveWeight 100 × √(covariance with the total) / Σ over the items of those roots; null when the
 *     covariance is negative or undefined, or every item's is 0
 * @param options the distractor analysis of a choice item, by option; empty for other items
 */
public record ItemStatistics(
        int item,
        double maxMark,
        int responses,
        Double facility,
        Double sd,
        Double discriminationIndex,
        Double discriminativeEfficiency,
        Double effectiveWeight,
        List<OptionStatistics> options) {}
