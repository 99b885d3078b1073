package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Lockout is no weapon: failures are limited per client address as well as per account, locks grow progressively
 * from a short first one, unknown, locked and disabled accounts answer exactly as a wrong password does, and an
 * administrator can unlock (audited) on the user page and over the API.
 */
@WebTest
class LoginLockoutSecurityTests {

    private static final String PASSWORD = "Passw0rd-ok";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    LockoutPolicy policy;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unknownLockedAndDisabledAccountsAnswerAsAWrongPasswordDoes() throws Exception {
        String address = newAddress();
        String locked = newUser("lkd");
        for (int i = 0; i < policy.maxAttempts(); i++) {
            login(locked, "wrong" + i, address).andExpect(redirectedUrl("/login?error=bad"));
        }
        String disabled = newUser("dsb");
        accounts.setEnabled(idOf(disabled), false, "admin");
        SecurityContextHolder.clearContext();

        login("nobody-" + address, PASSWORD, address).andExpect(redirectedUrl("/login?error=bad"));
        login(locked, PASSWORD, address).andExpect(redirectedUrl("/login?error=bad"));
        login(disabled, PASSWORD, address).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(Matchers.containsString("工号或密码错误")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("停用"))));
    }

    @Test
    void locksGrowFromAShortFirstLock() throws Exception {
        String address = newAddress();
        String employeeNo = newUser("prg");
        for (int i = 0; i < policy.maxAttempts(); i++) {
            login(employeeNo, "wrong" + i, address);
        }
        assertThat(lockedFor(employeeNo)).isCloseTo(policy.duration().toSeconds(), within(5L));

        expireLock(employeeNo);
        for (int i = 0; i < policy.maxAttempts(); i++) {
            login(employeeNo, "wrong" + i, address);
        }
        assertThat(lockedFor(employeeNo)).isCloseTo(policy.duration().toSeconds() * 2, within(5L));

        expireLock(employeeNo);
        login(employeeNo, PASSWORD, address).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                        "select lock_count from app_user where employee_no = ?", Integer.class, employeeNo))
                .isZero();
    }

    @Test
    void theLockNeverExceedsItsCeiling() {
        var ends = policy.lockEnds(Instant.EPOCH);
        assertThat(ends.get(0)).isEqualTo(Instant.EPOCH.plus(policy.duration()));
        assertThat(ends.get(ends.size() - 1)).isEqualTo(Instant.EPOCH.plus(policy.maxDuration()));
        assertThat(ends).isSorted();
    }

    @Test
    void anAddressThatUsedUpItsFailuresMayNotTryAtAll() throws Exception {
        String address = newAddress();
        String employeeNo = newUser("thr");
        for (int i = 0; i < policy.perAddress() - 1; i++) {
            throttle.failed(address);
        }
        // the last failure allowed, with a 工号 that does not even exist, still counts against the address
        login("nobody-" + address, "wrong", address).andExpect(redirectedUrl("/login?error=bad"));

        login(employeeNo, PASSWORD, address).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(get("/login").param("error", "throttled"))
                .andExpect(content().string(Matchers.containsString("本机登录失败次数过多")));
        mvc.perform(get("/api/me")
                        .with(org.jianding.app.testsupport.Scripts.httpBasic(employeeNo, PASSWORD))
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(status().isTooManyRequests());
        // the owner is not locked by it, and another address logs in
        login(employeeNo, PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdministratorUnlocksOnThePageAndOverTheApi() throws Exception {
        String address = newAddress();
        String employeeNo = newUser("unl");
        long id = idOf(employeeNo);
        lock(employeeNo, address);
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(get("/admin/users").param("q", employeeNo).cookie(admin))
                .andExpect(content().string(Matchers.containsString("/admin/users/" + id + "/unlock")));

        mvc.perform(post("/admin/users/" + id + "/unlock").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        login(employeeNo, PASSWORD, address).andExpect(redirectedUrl("/"));

        lock(employeeNo, address);
        mvc.perform(post("/api/users/" + id + "/unlock").cookie(admin).with(csrf()))
                .andExpect(status().isOk());
        login(employeeNo, PASSWORD, address).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'user.unlocked' and target_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(2);

        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(post("/api/users/" + id + "/unlock").cookie(candidate).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void lock(String employeeNo, String address) throws Exception {
        for (int i = 0; i < policy.maxAttempts(); i++) {
            login(employeeNo, "wrong" + i, address);
        }
        login(employeeNo, PASSWORD, address).andExpect(redirectedUrl("/login?error=bad"));
    }

    private ResultActions login(String employeeNo, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("employeeNo", employeeNo)
                .param("password", password)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }));
    }

    private long lockedFor(String employeeNo) {
        LocalDateTime until = jdbc.queryForObject(
                "select locked_until from app_user where employee_no = ?", LocalDateTime.class, employeeNo);
        return Duration.between(Instant.now(), until.toInstant(ZoneOffset.UTC)).toSeconds();
    }

    private void expireLock(String employeeNo) {
        jdbc.update(
                "update app_user set locked_until = ? where employee_no = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                employeeNo);
    }

    private static String newAddress() {
        return "10.14." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    private long idOf(String employeeNo) {
        return accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
    }

    private String newUser(String prefix) {
        String employeeNo = prefix + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        accounts.createWithKnownPassword(
                new UserDraft(employeeNo, "测试用户", null, null, null, null, EnumSet.of(Role.CANDIDATE)), PASSWORD);
        SecurityContextHolder.clearContext();
        return employeeNo;
    }
}
