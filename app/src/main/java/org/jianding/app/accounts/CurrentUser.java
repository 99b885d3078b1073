package org.jianding.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The logged-in user of this request, and the one place that refreshes it in the session. */
@Component
public class CurrentUser {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public JiandingUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof JiandingUser user) {
            return user;
        }
        throw new IllegalStateException("no logged-in Jianding user");
    }

    /** After a password change the session's user no longer has to change it. */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        JiandingUser updated = get().withPasswordChanged();
        var auth = UsernamePasswordAuthenticationToken.authenticated(updated, null, old.getAuthorities());
        auth.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
