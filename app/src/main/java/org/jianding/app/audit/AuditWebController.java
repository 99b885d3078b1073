package org.jianding.app.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators (系统管理 → 审计日志). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditWebController {

    private final AuditLog audit;

    AuditWebController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditQuery query = new AuditQuery(actor, action, targetType, targetId, page, 50);
        long total = audit.count(query);
        model.addAttribute("events", audit.search(query));
        model.addAttribute("query", query);
        model.addAttribute("total", total);
        model.addAttribute("pages", (total + query.size() - 1) / query.size());
        return "admin/audit";
    }
}
