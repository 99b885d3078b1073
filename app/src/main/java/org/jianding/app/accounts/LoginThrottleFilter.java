package org.jianding.app.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (the login form's POST, or HTTP Basic credentials) from a client address that has used
 * up its failed logins ({@link LoginThrottle}), before any password is checked: the form is sent back with the
 * reason, a script gets 429. A form the login page sends again at its turn ({@link PasswordChecks#TURN_HEADER}) is
 * marked as such for the password checks.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean formLogin = "POST".equals(request.getMethod()) && path.equals("/login");
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if ((formLogin || basic) && !throttle.allows(request.getRemoteAddr())) {
            if (formLogin) {
                response.sendRedirect(request.getContextPath() + "/login?error=throttled");
            } else {
                response.sendError(429, "too many failed logins from this address");
            }
            return;
        }
        // a form that comes back at the turn it was given may wait in the checks' queue (PasswordChecks)
        try (PasswordChecks.Mark mark =
                PasswordChecks.returning(formLogin && request.getHeader(PasswordChecks.TURN_HEADER) != null)) {
            chain.doFilter(request, response);
        }
    }
}
