package org.jianding.app.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators (系统管理 → 审计日志): who (name and 工号), what (the action and object type in
 * words), to what (the object's type in words and its name, linked to its page where the reader may open it), when
 * (local time).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditWebController {

    private final AuditLog audit;
    private final java.util.List<ActorNames> actorNames;
    private final AuditTargets targets;

    AuditWebController(AuditLog audit, java.util.List<ActorNames> actorNames, AuditTargets targets) {
        this.audit = audit;
        this.actorNames = actorNames;
        this.targets = targets;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page,
            java.util.Locale locale,
            org.springframework.security.core.Authentication reader,
            Model model) {
        AuditQuery query = new AuditQuery(actor, action, targetType, targetId, page, 50);
        long total = audit.count(query);
        var events = audit.search(query);
        var actors = events.stream().map(AuditEvent::actor).collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        actorNames.forEach(n -> names.putAll(n.namesOf(actors)));
        model.addAttribute("events", events);
        model.addAttribute("actorNames", names);
        model.addAttribute("shown", targets.of(events, locale, reader));
        model.addAttribute("actions", AuditVocabulary.ACTIONS);
        model.addAttribute("targets", AuditVocabulary.TARGETS);
        model.addAttribute("query", query);
        model.addAttribute("total", total);
        model.addAttribute("pages", (total + query.size() - 1) / query.size());
        return "admin/audit";
    }
}
