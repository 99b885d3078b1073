package org.jianding.app.accounts.web;

import org.jianding.app.accounts.Accounts;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation units (系统管理 → 组织单位): list and add. Administrators only. */
@Controller
@RequestMapping("/admin/org-units")
@PreAuthorize("hasRole('ADMIN')")
class OrgUnitWebController {

    private final Accounts accounts;

    OrgUnitWebController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("units", accounts.orgUnits());
        return "admin/org-units";
    }

    @PostMapping
    String add(
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam(required = false) Long parentId,
            RedirectAttributes flash) {
        try {
            accounts.createOrgUnit(code, name, parentId);
            flash.addFlashAttribute("notice", "orgUnit.saved");
        } catch (DomainException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
        }
        return "redirect:/admin/org-units";
    }
}
