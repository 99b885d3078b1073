package org.jianding.app.papers.web;

import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserQuery;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperForms;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A page for HR to try per-candidate forms with chosen candidates and read the report. */
@Controller
@RequestMapping("/papers/forms")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class PaperFormsWebController {

    private final PaperForms forms;
    private final Blueprints blueprints;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    PaperFormsWebController(PaperForms forms, Blueprints blueprints, Accounts accounts, CurrentUser currentUser) {
        this.forms = forms;
        this.blueprints = blueprints;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String form(@RequestParam(required = false) Long blueprintVersionId, Model model) {
        model.addAttribute("blueprints", blueprints.list());
        model.addAttribute("selected", blueprintVersionId);
        model.addAttribute(
                "candidates",
                accounts.search(new UserQuery(null, null, Role.CANDIDATE, true, 0, 200))
                        .users());
        return "papers/forms";
    }

    @PostMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String generate(
            @RequestParam(required = false) Long blueprintVersionId,
            @RequestParam(required = false) List<Long> candidateIds,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) Integer maxShared,
            Model model) {
        if (blueprintVersionId == null) {
            throw DomainException.badRequest("papers.request.incomplete", "blueprintVersionId");
        }
        try {
            model.addAttribute(
                    "report",
                    forms.generate(
                            blueprintVersionId,
                            candidateIds,
                            seed == null ? System.nanoTime() : seed,
                            maxShared == null ? -1 : maxShared,
                            currentUser.get().id()));
        } catch (DomainException e) {
            model.addAttribute("error", e);
        }
        model.addAttribute(
                "names",
                accounts.displayNames(
                        candidateIds == null ? java.util.Set.of() : new java.util.HashSet<>(candidateIds)));
        return form(blueprintVersionId, model);
    }
}
