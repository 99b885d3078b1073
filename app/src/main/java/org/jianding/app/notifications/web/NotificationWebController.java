package org.jianding.app.notifications.web;

import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.notifications.NotificationView;
import org.jianding.app.notifications.Notifications;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知: every logged-in person's own notices (newest first, unread marked), opening one (marks it read and goes to
 * its page), marking all read, and the delivery settings (e-mail address, e-mail on or off). Only one's own
 * notices are ever read or changed; someone else's id answers 404.
 */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationWebController {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationWebController(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("notifications", notifications.recent(me()));
        return "notifications/list";
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@PathVariable long id) {
        NotificationView n = notifications.open(me(), id);
        // links are written by the notifications module itself, always within the site
        return "redirect:" + (n.link().startsWith("/") && !n.link().startsWith("//") ? n.link() : "/notifications");
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead(me());
        redirect.addFlashAttribute("notice", "notifications.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/settings")
    @PreAuthorize("isAuthenticated()")
    String settings(Model model) {
        var p = notifications.preference(me());
        model.addAttribute("email", p.email());
        model.addAttribute("emailEnabled", p.emailEnabled());
        return "notifications/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize("isAuthenticated()")
    String saveSettings(
            @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean emailEnabled,
            Model model,
            RedirectAttributes redirect) {
        try {
            notifications.savePreference(me(), email, emailEnabled);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            model.addAttribute("email", email);
            model.addAttribute("emailEnabled", emailEnabled);
            return "notifications/settings";
        }
        redirect.addFlashAttribute("notice", "notifications.settings.saved");
        return "redirect:/notifications/settings";
    }

    private long me() {
        return currentUser.get().id();
    }
}
