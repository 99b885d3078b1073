package org.jianding.app.shell;

import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.JiandingUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.shared.PublicAddress;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into every page's model: the user, their menu, the current language, and for
 * administrators and certification officers the warning while the public address printed on documents is not set
 * (or is a loopback address allowed for a demonstration).
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final Navigation navigation;
    private final PublicAddress publicAddress;
    private final UploadLimit uploadLimit;

    ShellModelAdvice(Navigation navigation, PublicAddress publicAddress, UploadLimit uploadLimit) {
        this.navigation = navigation;
        this.publicAddress = publicAddress;
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

    /** The message code of the public-address warning, for the people who can act on it; null otherwise. */
    @ModelAttribute("publicAddressWarning")
    String publicAddressWarning() {
        JiandingUser user = me();
        boolean concerned = user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.OFFICER));
        return concerned ? publicAddress.messageCode() : null;
    }

    @ModelAttribute("publicAddress")
    String publicAddress() {
        return publicAddress.baseUrl();
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }
}
