package org.jianding.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Revoking access ends it: a change of roles, disabling, a password reset or change ends the user's other sessions
 * (stored in the database, so on every node); their next request meets the login page or a 401.
 */
@WebTest
class AccessRevocationSecurityTests {

    private static final String PASSWORD = "Passw0rd-ok";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void removingTheAdministratorRoleEndsTheAdministratorsSession() throws Exception {
        String employeeNo = newUser("rvk", Role.ADMIN);
        Cookie session = Logins.login(mvc, employeeNo, PASSWORD);
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/audit").cookie(session)).andExpect(status().isOk());

        long id = accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(put("/api/users/" + id)
                        .cookie(admin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"" + employeeNo
                                + "\",\"displayName\":\"测试用户\",\"roles\":[\"CANDIDATE\"]}"))
                .andExpect(status().isOk());

        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/users").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").cookie(session)).andExpect(status().isUnauthorized());
        assertThat(storedSessions(employeeNo)).isZero();
        assertThat(audited(id)).isEqualTo(1);
    }

    @Test
    void disablingACandidateStopsTheirSavesAndPages() throws Exception {
        String employeeNo = newUser("dis", Role.CANDIDATE);
        Cookie session = Logins.login(mvc, employeeNo, PASSWORD);
        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isOk());

        long id = accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(post("/admin/users/" + id + "/enabled")
                        .cookie(admin)
                        .with(csrf())
                        .param("value", "false"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/exam/attempts/1/answers/1").cookie(session).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheUser() throws Exception {
        String employeeNo = newUser("rst", Role.CANDIDATE);
        Cookie first = Logins.login(mvc, employeeNo, PASSWORD);
        Cookie second = Logins.login(mvc, employeeNo, PASSWORD);
        assertThat(storedSessions(employeeNo)).isEqualTo(2);

        long id = accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(post("/api/users/" + id + "/password-reset").cookie(admin).with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/me").cookie(first)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").cookie(second)).andExpect(status().isUnauthorized());
        assertThat(storedSessions(employeeNo)).isZero();
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String employeeNo = newUser("own", Role.ADMIN);
        Cookie here = Logins.login(mvc, employeeNo, PASSWORD);
        Cookie elsewhere = Logins.login(mvc, employeeNo, PASSWORD);
        long id = accounts.findByEmployeeNo(employeeNo).orElseThrow().id();

        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Fresh2026pw")
                        .param("confirmPassword", "Fresh2026pw"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/users").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/api/users").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/admin/users").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/users").cookie(elsewhere)).andExpect(status().isUnauthorized());
        assertThat(storedSessions(employeeNo)).isEqualTo(1);
        assertThat(audited(id)).isEqualTo(1);
    }

    @Test
    void anAdministratorCanEndSomeonesSessionsAtOnce() throws Exception {
        String employeeNo = newUser("end", Role.GRADER);
        Cookie session = Logins.login(mvc, employeeNo, PASSWORD);
        long id = accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);

        mvc.perform(post("/admin/users/" + id + "/end-sessions").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(audited(id)).isEqualTo(1);
        Logins.login(mvc, employeeNo, PASSWORD);
    }

    @Test
    void anEditThatLeavesRolesAndEmployeeNoAloneKeepsTheSession() throws Exception {
        String employeeNo = newUser("keep", Role.AUTHOR);
        Cookie session = Logins.login(mvc, employeeNo, PASSWORD);
        long id = accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
        accounts.update(id, new UserDraft(employeeNo, "改名用户", null, null, null, null, EnumSet.of(Role.AUTHOR)));
        SecurityContextHolder.clearContext();

        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isOk());
        assertThat(audited(id)).isZero();
    }

    private String newUser(String prefix, Role role) {
        String employeeNo = prefix + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        accounts.createWithKnownPassword(
                new UserDraft(employeeNo, "测试用户", null, null, null, null, Set.of(role)), PASSWORD);
        SecurityContextHolder.clearContext();
        return employeeNo;
    }

    private int storedSessions(String employeeNo) {
        return jdbc.queryForObject(
                "select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Integer.class, employeeNo);
    }

    private int audited(long userId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'user.sessionsEnded' and target_id = ?",
                Integer.class,
                String.valueOf(userId));
    }
}
