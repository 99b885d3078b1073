package org.jianding.app.shell;

import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.JiandingUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs into every page's model: the user, their menu and the current language. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final Navigation navigation;
    private final UploadLimit uploadLimit;

    ShellModelAdvice(Navigation navigation, UploadLimit uploadLimit) {
        this.navigation = navigation;
        this.uploadLimit = uploadLimit;
    }

    /** The error page says it when an upload was too large (413). */
    @ModelAttribute("uploadLimit")
    String uploadLimit() {
        return uploadLimit.text();
    }

    @ModelAttribute("me")
    JiandingUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof JiandingUser user ? user : null;
    }

    @ModelAttribute("nav")
    List<NavItem> nav() {
        JiandingUser user = me();
        return user == null ? List.of() : navigation.itemsFor(user.roles());
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }
}
