package org.jianding.app.reports.web;

import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.reports.Credentials;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 证书有效期: the months a certificate of each level is valid, set by certification officers (audited). */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class ValidityWebController {

    private final Credentials credentials;
    private final CurrentUser currentUser;

    ValidityWebController(Credentials credentials, CurrentUser currentUser) {
        this.credentials = credentials;
        this.currentUser = currentUser;
    }

    @GetMapping("/reports/validity")
    @PreAuthorize("hasRole('OFFICER')")
    String form(Model model) {
        model.addAttribute("months", credentials.validityMonths());
        return "reports/validity";
    }

    @PostMapping("/reports/validity")
    @PreAuthorize("hasRole('OFFICER')")
    String save(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            Map<Level, Integer> current = credentials.validityMonths();
            for (Level level : Level.values()) {
                String typed = form.get("months." + level.name());
                if (typed == null) {
                    continue;
                }
                Integer months = typed.isBlank() ? null : parse(typed);
                if (!java.util.Objects.equals(months, current.get(level))) {
                    credentials.setValidity(level, months, currentUser.get().id());
                }
            }
            flash.addFlashAttribute("notice", "reports.validity.saved");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/reports/validity";
    }

    private static Integer parse(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badRequest("reports.validity.range", 1, 600);
        }
    }
}
