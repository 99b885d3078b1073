package org.jianding.bank.statistics;

/**
 * How one option of a choice item was chosen: by how many, as a share of the item's responses (0–1), and the mean
 * total score of those who chose it (a distractor that strong candidates choose shows as a high mean).
 */
public record OptionStatistics(String option, int count, double share, double meanTotal) {}
