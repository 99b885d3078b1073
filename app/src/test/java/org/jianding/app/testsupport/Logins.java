package org.jianding.app.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Logs in through the real login form. Sessions live in the database (Spring Session), so a test carries the
 * session cookie from request to request, as a browser does.
 */
public final class Logins {

    public static final String SESSION_COOKIE = "SESSION";

    private Logins() {}

    /** Logs in and expects to land on the workbench; returns the session cookie. */
    public static Cookie login(MockMvc mvc, String employeeNo, String password) throws Exception {
        return sessionCookie(
                attempt(mvc, employeeNo, password).andExpect(redirectedUrl("/")).andReturn());
    }

    public static org.springframework.test.web.servlet.ResultActions attempt(
            MockMvc mvc, String employeeNo, String password) throws Exception {
        return mvc.perform(
                formLogin("/login").userParameter("employeeNo").user(employeeNo).password(password));
    }

    public static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
        if (cookie == null) {
            throw new AssertionError("no " + SESSION_COOKIE + " cookie in the response");
        }
        return cookie;
    }
}
