package org.jianding.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jianding.app.accounts.PasswordChecks;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login page (no exception kept in the session). Every failure reads the same: an
 * unknown 工号, a wrong password, a locked or a disabled account, so the page reveals neither which 工号 exist nor
 * their state (Spring Security checks lock and disabled before the password).
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof PasswordChecks.LoginBusyException) {
            // not checked: the page asks to press 登录 again in a few seconds
            response.sendRedirect(request.getContextPath() + "/login?busy");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error=bad");
    }
}
