package org.jianding.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Sessions for nobody: anonymous requests (the public verification page, refused API calls, pages that send the
 * visitor to the login) store no session in the database; a session appears only when a login or its form needs one.
 *
 * <p>Anonymous POSTs are tested over real HTTP in {@link AnonymousPostSessionSecurityTests}, not here: the first
 * MockMvc request of the shared context that uses spring-security-test's {@code csrf()} (every {@code formLogin()}
 * does) replaces the CSRF filter's token repository with a plain session-backed one for the rest of the run, so
 * a POST case here would pass or fail by test order rather than by the application's configuration.
 */
@WebTest
class AnonymousSessionSecurityTests {

    private static final int REQUESTS = 30;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicVerificationPageStoresNoSession() throws Exception {
        assertNoSessionsFrom(get("/verify"));
        assertNoSessionsFrom(get("/verify/NOSUCHSERIAL0000"));
    }

    @Test
    void refusedApiCallsStoreNoSession() throws Exception {
        assertNoSessionsFrom(get("/api/users"));
        assertNoSessionsFrom(get("/api/me"));
        assertNoSessionsFrom(get("/v3/api-docs"));
    }

    @Test
    void pagesThatSendTheVisitorToTheLoginStoreNoSession() throws Exception {
        assertNoSessionsFrom(get("/"));
        assertNoSessionsFrom(get("/admin/users"));
        assertNoSessionsFrom(get("/css/jianding.css"));
        assertNoSessionsFrom(get("/nothing-here"));
    }

    @Test
    void aLoginStoresItsSession() throws Exception {
        int before = sessions();
        Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        assertThat(sessions()).isEqualTo(before + 1);
    }

    @Test
    void anApiCallWithBasicStoresNoSession() throws Exception {
        assertNoSessionsFrom(
                get("/api/me").with(org.jianding.app.testsupport.Scripts.httpBasic(Demo.OFFICER, Demo.PASSWORD)));
    }

    private void assertNoSessionsFrom(RequestBuilder request) throws Exception {
        int before = sessions();
        for (int i = 0; i < REQUESTS; i++) {
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isLessThan(500);
            assertThat(response.getCookie(Logins.SESSION_COOKIE)).isNull();
        }
        assertThat(sessions()).isEqualTo(before);
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from SPRING_SESSION", Integer.class);
    }
}
