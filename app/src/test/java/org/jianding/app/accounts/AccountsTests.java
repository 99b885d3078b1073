package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AccountsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void chineseTextRoundTripsThroughTheDatabase() {
        String name = "欧阳·测试𠮷"; // a supplementary-plane character needs utf8mb4
        var created = accounts.create(draft(unique("zh"), name), null);
        assertThat(accounts.get(created.user().id()).displayName()).isEqualTo(name);
        assertThat(jdbc.queryForObject(
                        "select display_name from app_user where id = ?",
                        String.class,
                        created.user().id()))
                .isEqualTo(name);
    }

    @Test
    void createdUsersMustChangeTheirOneTimePassword() {
        var created = accounts.create(draft(unique("new"), "王五"), null);
        assertThat(created.temporaryPassword()).hasSize(12);
        assertThat(created.user().mustChangePassword()).isTrue();
        String hash = jdbc.queryForObject(
                "select password_hash from app_user where id = ?",
                String.class,
                created.user().id());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(created.temporaryPassword());
        assertThat(passwordEncoder.matches(created.temporaryPassword(), hash)).isTrue();
    }

    @Test
    void everyChangeIsAudited() {
        var created = accounts.create(draft(unique("aud"), "赵六"), null);
        long id = created.user().id();
        accounts.update(
                id,
                new UserDraft(
                        created.user().employeeNo(),
                        "赵六六",
                        null,
                        null,
                        Level.SENIOR,
                        LocalDate.of(2020, 3, 1),
                        EnumSet.of(Role.CANDIDATE, Role.GRADER)));
        accounts.resetPassword(id);
        accounts.setEnabled(id, false, "admin");
        List<String> actions = jdbc.queryForList(
                "select action from audit_event where target_type = 'user' and target_id = ? order by id",
                String.class,
                String.valueOf(id));
        // a change of roles, a reset and disabling each end the user's sessions, audited as such (issue 14)
        assertThat(actions)
                .containsExactly(
                        "user.created",
                        "user.updated",
                        "user.sessionsEnded",
                        "user.passwordReset",
                        "user.sessionsEnded",
                        "user.disabled",
                        "user.sessionsEnded");
        assertThat(jdbc.queryForObject(
                        "select actor from audit_event where action = 'user.updated' and target_id = ?",
                        String.class,
                        String.valueOf(id)))
                .isEqualTo("admin");
    }

    @Test
    void refusesATakenEmployeeNumber() {
        String employeeNo = unique("dup");
        accounts.create(draft(employeeNo, "甲"), null);
        assertThatThrownBy(() -> accounts.create(draft(employeeNo, "乙"), null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("user.employeeNo.taken"));
    }

    @Test
    void refusesInvalidDrafts() {
        assertCode(() -> accounts.create(draft("a", "甲"), null), "user.employeeNo.invalid");
        assertCode(() -> accounts.create(draft(unique("n"), " "), null), "user.name.invalid");
        assertCode(
                () -> accounts.create(
                        new UserDraft(unique("r"), "甲", null, null, null, null, EnumSet.noneOf(Role.class)), null),
                "user.roles.empty");
        assertCode(
                () -> accounts.create(
                        new UserDraft(unique("u"), "甲", 999_999L, null, null, null, EnumSet.of(Role.CANDIDATE)), null),
                "user.orgUnit.unknown");
        assertCode(() -> accounts.create(draft(unique("p"), "甲"), "short1"), "password.tooShort");
        assertCode(() -> accounts.create(draft(unique("p"), "甲"), "onlyletters"), "password.needsLettersAndDigits");
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        var created = accounts.create(draft(unique("self"), "自己"), null);
        assertCode(
                () -> accounts.setEnabled(
                        created.user().id(), false, created.user().employeeNo()),
                "user.disable.self");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() {
        var created = accounts.create(draft(unique("chg") + "9x", "改密"), null);
        String employeeNo = created.user().employeeNo();
        assertCode(() -> accounts.changePassword(employeeNo, "wrong", "Better2026"), "password.current.wrong");
        assertCode(
                () -> accounts.changePassword(employeeNo, created.temporaryPassword(), created.temporaryPassword()),
                "password.temporaryReused");
        assertCode(
                () -> accounts.changePassword(employeeNo, created.temporaryPassword(), employeeNo),
                "password.containsEmployeeNo");
        assertCode(
                () -> accounts.changePassword(employeeNo, created.temporaryPassword(), "onlyletters"),
                "password.needsLettersAndDigits");
        accounts.changePassword(employeeNo, created.temporaryPassword(), "Better2026");
        assertThat(accounts.get(created.user().id()).mustChangePassword()).isFalse();
    }

    @Test
    void searchFiltersByTextRoleAndStatus() {
        String prefix = unique("srch");
        accounts.create(draft(prefix + "a", "检索甲"), null);
        var grader = accounts.create(
                new UserDraft(prefix + "b", "检索乙", null, null, null, null, EnumSet.of(Role.GRADER)), null);
        accounts.setEnabled(grader.user().id(), false, "admin");
        assertThat(accounts.search(new UserQuery(prefix, null, null, null, 0, 20))
                        .total())
                .isEqualTo(2);
        assertThat(accounts.search(new UserQuery(prefix, null, Role.GRADER, null, 0, 20))
                        .users())
                .extracting(UserAccount::employeeNo)
                .containsExactly(prefix + "b");
        assertThat(accounts.search(new UserQuery(prefix, null, null, true, 0, 20))
                        .users())
                .extracting(UserAccount::employeeNo)
                .containsExactly(prefix + "a");
        assertThat(accounts.search(new UserQuery("检索", null, null, null, 0, 1)).users())
                .hasSize(1);
        assertThat(accounts.search(new UserQuery("100%_", null, null, null, 0, 20))
                        .total())
                .isZero();
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
    }

    static UserDraft draft(String employeeNo, String name) {
        return new UserDraft(employeeNo, name, null, null, Level.JUNIOR, null, EnumSet.of(Role.CANDIDATE));
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo(code));
    }
}
