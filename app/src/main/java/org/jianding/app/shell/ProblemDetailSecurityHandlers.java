package org.jianding.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jianding.app.accounts.PasswordChecks;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 of the JSON API as RFC 9457 problem details, in the caller's language. The 401 carries no
 * {@code WWW-Authenticate: Basic} challenge: it would make a browser prompt for and then cache Basic credentials,
 * which it would send along with any forged cross-site request. Scripts send their credentials unasked.
 */
@Component
class ProblemDetailSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemDetailSecurityHandlers(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof PasswordChecks.LoginBusyException busy) {
            // the password was not checked (too many at once): try again at the turn given, the credentials may be
            // right
            response.setHeader("Retry-After", Long.toString(Math.max(1, (busy.retryMillis() + 999) / 1000)));
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "login.busy.api");
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? "problem.csrf" : "problem.forbidden");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, args, locale));
        problem.setTitle(messages.getMessage(code + ".title", null, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
