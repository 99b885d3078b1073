package org.jianding.app.papers;

import org.jianding.bank.item.CognitiveLevel;

/**
 * A question that may replace one of a draft paper's questions with every blueprint row still met (checked with
 * the engine's PaperChecker). {@code sameCell}: same knowledge leaf, difficulty and cognitive level as the one it
 * replaces. With a test information target on the blueprint: {@code weakestAfter}, the paper's least information over
 * the target's ability points were this question swapped in, and {@code belowTarget} when that falls below the target's
 * minimum (beyond the engine's rounding, {@link InformationAfterSwap}); null and false without a target.
 */
public record SwapOption(
        long questionId,
        long versionId,
        String leafCode,
        int difficulty,
        CognitiveLevel cognitiveLevel,
        boolean sameCell,
        String stem,
        Double weakestAfter,
        boolean belowTarget) {}
