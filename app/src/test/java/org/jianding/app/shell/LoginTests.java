package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import org.hamcrest.Matchers;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource({"admin,ADMIN", "author,AUTHOR", "hr,EXAM_ADMIN", "grader,GRADER", "officer,OFFICER", "cand01,CANDIDATE"
    })
    void eachRoleLandsOnItsHomePage(String employeeNo, String role) throws Exception {
        Cookie session = Logins.login(mvc, employeeNo, Demo.PASSWORD);
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-role=\"" + role + "\"")))
                .andExpect(content().string(Matchers.containsString("工作台")));
    }

    @Test
    void navigationShowsAdministrationOnlyToAdministrators() throws Exception {
        mvc.perform(get("/").cookie(Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(content().string(Matchers.containsString("data-nav=\"/admin/users\"")));
        mvc.perform(get("/").cookie(Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-nav=\"/admin/users\""))));
    }

    @Test
    void wrongPasswordReturnsToLoginWithAReason() throws Exception {
        Logins.attempt(mvc, Demo.OFFICER, "wrong-password").andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(Matchers.containsString("工号或密码错误")));
    }

    @Test
    void locksTheAccountAfterFiveFailedLoginsEvenForTheRightPassword() throws Exception {
        String employeeNo = newUser("lock");
        for (int i = 0; i < 5; i++) {
            Logins.attempt(mvc, employeeNo, "wrong" + i).andExpect(redirectedUrl("/login?error=bad"));
        }
        // a locked account answers as a wrong password does (no 工号 enumeration; see LoginLockoutSecurityTests)
        Logins.attempt(mvc, employeeNo, "Passw0rd-ok").andExpect(redirectedUrl("/login?error=bad"));
        // the line names the account by its id, as every other line on a user does (the page shows its name)
        Long userId = jdbc.queryForObject("select id from app_user where employee_no = ?", Long.class, employeeNo);
        Integer auditLines = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'user.locked' and target_id = ? and actor = ?",
                Integer.class,
                userId.toString(),
                employeeNo);
        assertThat(auditLines).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        String employeeNo = newUser("reset");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                Logins.attempt(mvc, employeeNo, "bad" + i).andExpect(redirectedUrl("/login?error=bad"));
            }
            Logins.attempt(mvc, employeeNo, "Passw0rd-ok").andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void refusesALoginWithoutCsrfToken() throws Exception {
        mvc.perform(post("/login").param("employeeNo", Demo.ADMIN).param("password", Demo.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAFormPostWithoutCsrfTokenEvenWhenLoggedIn() throws Exception {
        Cookie session = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(post("/admin/users/new").cookie(session).param("employeeNo", "csrf01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void loginChangesTheSessionIdAndStoresTheSessionInTheDatabase() throws Exception {
        Cookie anonymous = Logins.sessionCookie(mvc.perform(get("/login")).andReturn());
        var login = mvc.perform(post("/login")
                        .param("employeeNo", Demo.HR)
                        .param("password", Demo.PASSWORD)
                        .with(csrf())
                        .cookie(anonymous))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(Logins.sessionCookie(login).getValue()).isNotEqualTo(anonymous.getValue());
        Integer stored = jdbc.queryForObject(
                "select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Integer.class, Demo.HR);
        assertThat(stored).isPositive();
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Cookie session = Logins.login(mvc, Demo.GRADER, Demo.PASSWORD);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    private String newUser(String prefix) {
        String employeeNo = prefix + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        accounts.createWithKnownPassword(
                new UserDraft(employeeNo, "测试用户", null, null, null, null, EnumSet.of(Role.CANDIDATE)), "Passw0rd-ok");
        SecurityContextHolder.clearContext();
        return employeeNo;
    }
}
