package org.jianding.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.Scripts;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CSRF through HTTP Basic: the API never challenges a browser to cache Basic credentials, and a forged cross-site
 * POST that carries them (as a browser adds them by itself) is refused; a script that names itself still works.
 */
@WebTest
class BasicAuthCsrfSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApis401ChallengesNoBrowserToUseBasic() throws Exception {
        mvc.perform(get("/api/me").accept(MediaType.TEXT_HTML, MediaType.ALL))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/me").with(SecurityMockMvcRequestPostProcessors.httpBasic(Demo.ADMIN, "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void aForgedCrossSitePostCarryingCachedBasicCredentialsIsRefused() throws Exception {
        long victim = newUser();
        mvc.perform(post("/api/users/" + victim + "/password-reset")
                        .header("Origin", "https://evil.example")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Requested-By")));
        assertThat(resets(victim)).isZero();
    }

    @Test
    void everyUnsafeMethodNeedsTheTokenWithBasicAlone() throws Exception {
        var basic = SecurityMockMvcRequestPostProcessors.httpBasic(Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(post("/api/users")
                        .with(basic)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/users/1/enabled")
                        .with(basic)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/exam-sessions/1/enrolments/1")
                        .with(basic))
                .andExpect(status().isForbidden());
    }

    @Test
    void aScriptNamingItselfMayPostWithBasic() throws Exception {
        long user = newUser();
        mvc.perform(post("/api/users/" + user + "/password-reset").with(Scripts.httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(resets(user)).isEqualTo(1);
    }

    @Test
    void readingWithBasicNeedsNoHeader() throws Exception {
        mvc.perform(get("/api/me").with(SecurityMockMvcRequestPostProcessors.httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aSessionsPostStillNeedsItsTokenEvenWithTheScriptHeader() throws Exception {
        long user = newUser();
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(post("/api/users/" + user + "/password-reset").cookie(admin).header(Scripts.HEADER, "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/users/" + user + "/password-reset").cookie(admin).with(csrf()))
                .andExpect(status().isOk());
        assertThat(resets(user)).isEqualTo(1);
    }

    private long newUser() {
        String employeeNo = "csrf" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        long id = accounts.createWithKnownPassword(
                        new UserDraft(employeeNo, "测试用户", null, null, null, null, Set.of(Role.CANDIDATE)),
                        "Passw0rd-ok")
                .user()
                .id();
        SecurityContextHolder.clearContext();
        return id;
    }

    private int resets(long userId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'user.passwordReset' and target_id = ?",
                Integer.class,
                String.valueOf(userId));
    }
}
