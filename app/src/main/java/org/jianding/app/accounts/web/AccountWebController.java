package org.jianding.app.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.PasswordChangeEnforcer;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own account: changing the password (forced at first login for accounts set up by an admin). */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountWebController {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    AccountWebController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping(PasswordChangeEnforcer.CHANGE_PAGE)
    String passwordForm(Model model) {
        model.addAttribute("forced", currentUser.get().mustChangePassword());
        return "account/password";
    }

    @PostMapping(PasswordChangeEnforcer.CHANGE_PAGE)
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw DomainException.badRequest("password.mismatch");
            }
            int version = accounts.changePassword(
                    currentUser.get().employeeNo(), currentPassword, newPassword, currentUser.sessionId(request));
            currentUser.passwordChanged(request, response, version);
            flash.addFlashAttribute("notice", "password.changed");
            return "redirect:/";
        } catch (DomainException e) {
            model.addAttribute("error", e);
            model.addAttribute("forced", currentUser.get().mustChangePassword());
            return "account/password";
        }
    }
}
