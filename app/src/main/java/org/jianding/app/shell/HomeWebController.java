package org.jianding.app.shell;

import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench (工作台) every user lands on after login: who they are and what each of their roles can do. */
@Controller
class HomeWebController {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    HomeWebController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        model.addAttribute("account", accounts.get(currentUser.get().id()));
        return "home";
    }
}
