package org.jianding.app.accounts.web;

import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CreatedUser;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserQuery;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration pages (系统管理 → 用户管理). Administrators only. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserWebController {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    AdminUserWebController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", accounts.search(new UserQuery(q, unit, role, enabled, page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, new UserForm(), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserForm form, Model model) {
        try {
            CreatedUser created = accounts.create(form.toDraft(), form.getInitialPassword());
            model.addAttribute("created", created);
            return "admin/users/password";
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        return form(model, UserForm.of(accounts.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes flash) {
        try {
            accounts.update(id, form.toDraft());
            flash.addFlashAttribute("notice", "user.saved");
            return "redirect:/admin/users";
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean value, RedirectAttributes flash) {
        try {
            accounts.setEnabled(id, value, currentUser.get().employeeNo());
            flash.addFlashAttribute("notice", value ? "user.enabled" : "user.disabled");
        } catch (DomainException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
        }
        return "redirect:/admin/users";
    }

    /** Lifts the user's lock-out at once. */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        accounts.unlock(id);
        flash.addFlashAttribute("notice", "user.unlocked");
        return "redirect:/admin/users";
    }

    /** Ends every session of the user at once; their next request meets the login page. */
    @PostMapping("/{id}/end-sessions")
    String endSessions(@PathVariable long id, RedirectAttributes flash) {
        accounts.endSessions(id);
        flash.addFlashAttribute("notice", "user.sessionsEnded");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        model.addAttribute("created", accounts.resetPassword(id));
        model.addAttribute("reset", true);
        return "admin/users/password";
    }

    private String form(Model model, UserForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("units", accounts.orgUnits());
        model.addAttribute("posts", accounts.posts());
        model.addAttribute("levels", Level.values());
        model.addAttribute("allRoles", Role.values());
        return "admin/users/form";
    }
}
