package org.jianding.app.papers;

import java.time.Instant;

/** A paper in lists: what it is, where it stands and which blueprint version and seed it was built from. */
public record PaperSummary(
        long id,
        String title,
        PaperKind kind,
        PaperStatus status,
        long blueprintVersionId,
        long seed,
        Long candidateId,
        int itemCount,
        int totalPoints,
        Long createdById,
        Instant createdAt,
        Instant publishedAt) {}
