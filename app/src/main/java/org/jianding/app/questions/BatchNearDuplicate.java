package org.jianding.app.questions;

/**
 * A question of a batch whose stem reads almost like another one of the same knowledge point: an earlier question of
 * the batch ({@code earlierIndex}) or a question already in the bank ({@code questionId}). A warning, not an error.
 */
public record BatchNearDuplicate(
        int index, Integer earlierIndex, Long questionId, String otherStem, double similarity) {}
