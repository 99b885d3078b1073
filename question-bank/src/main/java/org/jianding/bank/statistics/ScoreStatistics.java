package org.jianding.bank.statistics;

import java.util.List;

/**
 * The statistics of a sitting: the test, every item in the order of the {@link Responses}, and each person's total
 * (in the order the persons were added) for a score distribution.
 */
public record ScoreStatistics(TestStatistics test, List<ItemStatistics> items, List<Double> totals) {}
