package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jianding.app.shared.DomainException;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Passwords: the 工号 may not be in the password, common passwords (the shipped list) are refused, and the temporary
 * password an administrator issued may not be kept as one's own.
 */
@WebTest
class PasswordPolicySecurityTests {

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordPolicy policy;

    @AfterEach
    void forgetTheActor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesTheEmployeeNoAnywhereInThePassword() {
        assertCode(() -> policy.check("Zhang0147x", "zhang01"), "password.containsEmployeeNo");
        assertCode(() -> policy.check("x9ZHANG01", "zhang01"), "password.containsEmployeeNo");
        assertCode(() -> policy.check("ab", "ab"), "password.tooShort");
        assertThat(policy.check("Gm7k2qLw9", "zhang01")).isEqualTo("Gm7k2qLw9");
        // a two-letter 工号 is refused only as the whole password
        assertThat(policy.check("abq7Kx2mP", "ab")).isEqualTo("abq7Kx2mP");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertCode(() -> policy.check("password123", "zhao"), "password.common");
        assertCode(() -> policy.check("Woaini1314", "zhao"), "password.common");
        assertCode(() -> policy.check("1QAZ2WSX", "zhao"), "password.common");
        assertCode(() -> policy.check("Jianding2026", "zhao"), "password.common");
    }

    @Test
    void anAdministratorCannotIssueACommonInitialPassword() {
        assertCode(() -> accounts.checkInitialPassword("abc12345", "qian"), "password.common");
    }

    @Test
    void theTemporaryPasswordCannotBeKept() {
        String employeeNo = "tmp" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        var created = accounts.create(
                new UserDraft(employeeNo, "临时", null, null, null, null, EnumSet.of(Role.CANDIDATE)), null);
        assertCode(
                () -> accounts.changePassword(employeeNo, created.temporaryPassword(), created.temporaryPassword()),
                "password.temporaryReused");
        var reset = accounts.resetPassword(created.user().id());
        assertCode(
                () -> accounts.changePassword(employeeNo, reset.temporaryPassword(), reset.temporaryPassword()),
                "password.temporaryReused");
        accounts.changePassword(employeeNo, reset.temporaryPassword(), "Gm7k2qLw9");
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo(code));
    }
}
