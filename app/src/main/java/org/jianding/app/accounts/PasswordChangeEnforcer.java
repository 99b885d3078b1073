package org.jianding.app.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user whose password was set by an administrator has chosen their own, every page leads to the password
 * change form and the API answers 403 (except the calls that change it and log out).
 */
public class PasswordChangeEnforcer extends OncePerRequestFilter {

    public static final String CHANGE_PAGE = "/account/password";
    private static final List<String> ALLOWED = List.of(
            CHANGE_PAGE, "/api/me/password", "/logout", "/login", "/error", "/css/", "/js/", "/webjars/", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null
                && auth.getPrincipal() instanceof JiandingUser user
                && user.mustChangePassword()
                && ALLOWED.stream().noneMatch(path::startsWith)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
