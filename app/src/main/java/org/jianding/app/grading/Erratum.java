package org.jianding.app.grading;

import java.time.Instant;

/**
 * A stored key erratum of one question in one session. The newest erratum of a question is the one that applies.
 *
 * @param correctedKey the key as JSON for {@link ErratumKind#KEY_CORRECTED}, else null
 * @param keyText the corrected key in words, for pages
 */
public record Erratum(
        long id,
        long sessionId,
        long questionId,
        ErratumKind kind,
        String correctedKey,
        String keyText,
        String reason,
        long createdById,
        Instant createdAt) {}
