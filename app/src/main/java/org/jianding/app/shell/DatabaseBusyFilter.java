package org.jianding.app.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database had no connection for a request in time (an exam-day peak; issue 19): the request is answered 503
 * with {@code Retry-After}, as "busy, send it again", not 500. It sits in front of Spring Session, whose session read
 * happens outside the handlers and their error mapping. Nothing was done: the session read or the handler's
 * transaction never began, or was rolled back. The exam page's save queue sends a save again on any 5xx; a person
 * sees a short "系统繁忙" page in their language.
 */
class DatabaseBusyFilter extends OncePerRequestFilter {

    /** Seconds before the request is worth sending again. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!busy(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            boolean english = request.getHeader("Accept-Language") != null
                    && request.getHeader("Accept-Language").toLowerCase().startsWith("en");
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("application/json")) {
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getOutputStream()
                        .write(("{\"status\":503,\"title\":\""
                                        + (english
                                                ? "The system is busy; please try again in a few seconds."
                                                : "系统繁忙，请几秒后重试。")
                                        + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
            } else {
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream()
                        .write((english
                                        ? "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Busy</title>"
                                                + "<p>The system is busy. Please reload this page in a few seconds.</p></html>"
                                        : "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>系统繁忙</title>"
                                                + "<p>系统繁忙，请几秒后刷新本页。</p></html>")
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Whether {@code e} comes from waiting for a database connection or a statement that timed out. */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
