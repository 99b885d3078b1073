package org.jianding.app.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over JSON, newest first. Administrators only. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

    record AuditPage(List<AuditEvent> events, long total, int page, int size) {}

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    AuditPage search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditQuery query = new AuditQuery(actor, action, targetType, targetId, page, size);
        return new AuditPage(audit.search(query), audit.count(query), query.page(), query.size());
    }
}
