package org.jianding.app.blueprints;

import java.time.Instant;
import org.jianding.bank.Level;

/** A blueprint in lists: post, level, and what its current version fixes. */
public record BlueprintSummary(
        long id,
        long postId,
        String postName,
        Level level,
        int currentVersion,
        long currentVersionId,
        int totalPoints,
        int durationMinutes,
        int passMark,
        int itemCount,
        Instant updatedAt) {}
