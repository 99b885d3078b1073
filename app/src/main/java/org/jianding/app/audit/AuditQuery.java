package org.jianding.app.audit;

/** Filters of the audit log view; blank fields do not filter. Pages count from 0. */
public record AuditQuery(String actor, String action, String targetType, String targetId, int page, int size) {

    public AuditQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
