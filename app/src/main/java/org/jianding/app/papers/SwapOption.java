package org.jianding.app.papers;

import org.jianding.bank.item.CognitiveLevel;

/**
 * A question that may replace one of a draft paper's questions with every blueprint row still met (checked with
 * the engine's PaperChecker). {@code sameCell}: same knowledge leaf, difficulty and cognitive level as the one it
 * replaces.
 */
public record SwapOption(
        long questionId,
        long versionId,
        String leafCode,
        int difficulty,
        CognitiveLevel cognitiveLevel,
        boolean sameCell,
        String stem) {}
