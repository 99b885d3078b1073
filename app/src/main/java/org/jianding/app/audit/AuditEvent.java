package org.jianding.app.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String detail,
        String remoteAddr) {}
