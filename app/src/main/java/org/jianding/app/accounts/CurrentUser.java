package org.jianding.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

    /** The id of this request's login session, or null when it has none (a script's HTTP Basic call). */
    public String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    /**
     * After a password change the session's user no longer has to change it and carries the account's new access
     * version, so this session stays while the user's others end. A call without a session stores nothing.
     */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response, int newAccessVersion) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        JiandingUser updated = get().withPasswordChanged(newAccessVersion);
        var auth = UsernamePasswordAuthenticationToken.authenticated(updated, null, old.getAuthorities());
        auth.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            contexts.saveContext(context, request, response);
        }
    }
}
