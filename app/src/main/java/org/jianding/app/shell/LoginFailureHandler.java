package org.jianding.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jianding.app.accounts.PasswordChecks;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login page (no exception kept in the session). Every failure reads the same: an
 * unknown 工号, a wrong password, a locked or a disabled account, so the page reveals neither which 工号 exist nor
 * their state (Spring Security checks lock and disabled before the password).
 *
 * <p>A login whose password was not checked because too many were waiting (the login storm, issue 19) is no failure:
 * the login page's script, which sends the form with {@link #RETRY_HEADER}, gets 503 with the turn the checks have
 * room for it ({@link #TURN_MILLIS_HEADER}, {@code Retry-After} in whole seconds) and how many are ahead
 * ({@link #AHEAD_HEADER}), and sends the same form again at that turn while it shows 正在登录，请稍候; a browser without the script
 * lands on {@code /login?busy}, which asks to press 登录 again. The same holds for a login whose account could not be
 * read (the database did not answer in time): the password was not checked, so it is not shown as a wrong one.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Sent by login.js: the page sends the form again by itself when the password checks are busy. */
    static final String RETRY_HEADER = "X-Login-Retry";

    /** Milliseconds until the login's turn (a busy refusal only). */
    static final String TURN_MILLIS_HEADER = "X-Login-Turn-Millis";

    /** About how many logins are before this one (a busy refusal only). */
    static final String AHEAD_HEADER = "X-Login-Ahead";

    /** The least pause before the page sends the form again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            // the password was not checked: every check busy (PasswordChecks), or the database did not answer in time
            // not checked: login.js sends the form again by itself; without it, the page asks to press 登录 again
            if (request.getHeader(RETRY_HEADER) != null) {
                long millis = RETRY_AFTER_SECONDS * 1000L;
                if (exception instanceof PasswordChecks.LoginBusyException busy) {
                    // the turn the checks have room for it, and how many are before it (login.js shows both)
                    millis = busy.retryMillis();
                    response.setHeader(TURN_MILLIS_HEADER, Long.toString(millis));
                    response.setHeader(AHEAD_HEADER, Integer.toString(busy.ahead()));
                }
                response.setHeader("Retry-After", Long.toString(Math.max(1, (millis + 999) / 1000)));
                response.setHeader("Cache-Control", "no-store");
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login?busy");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error=bad");
    }
}
