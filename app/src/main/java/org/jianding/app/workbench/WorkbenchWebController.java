package org.jianding.app.workbench;

import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench (工作台) every user lands on after login: who they are and, per role, what waits for them. */
@Controller
class WorkbenchWebController {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Workbench workbench;

    WorkbenchWebController(Accounts accounts, CurrentUser currentUser, Workbench workbench) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.workbench = workbench;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        UserAccount account = accounts.get(currentUser.get().id());
        model.addAttribute("account", account);
        model.addAttribute("todos", workbench.todos(account));
        return "home";
    }
}
