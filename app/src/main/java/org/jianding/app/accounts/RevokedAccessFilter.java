package org.jianding.app.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose access was revoked after it was granted: the session is invalidated and the request goes on
 * as anonymous, so the filter chain answers it as it answers anyone not logged in (the login page, or 401 from the
 * API). Sits before the authorisation filter in both chains.
 */
public class RevokedAccessFilter extends OncePerRequestFilter {

    private final AccessCheck access;

    public RevokedAccessFilter(AccessCheck access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof JiandingUser user && !access.stillGranted(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
            anonymous.setAuthentication(new AnonymousAuthenticationToken(
                    "revoked", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            SecurityContextHolder.setContext(anonymous);
        }
        chain.doFilter(request, response);
    }
}
