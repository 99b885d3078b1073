package org.jianding.app.competency;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.bank.Level;
import org.springframework.stereotype.Component;

/** Fresh organisation units and people for competency tests, created through the accounts service. */
@Component
class PeopleFixture {

    static final String PASSWORD = "demo1234x";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    final Accounts accounts;

    PeopleFixture(Accounts accounts) {
        this.accounts = accounts;
    }

    OrgUnit unit(String name, Long parent) {
        return accounts.createOrgUnit("u" + unique(), name, parent);
    }

    Post post(String code) {
        return accounts.posts().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    long candidate(OrgUnit unit, String postCode, Level level) {
        return user(unit, postCode, level, EnumSet.of(Role.CANDIDATE));
    }

    long assessor(OrgUnit unit) {
        return user(unit, null, null, EnumSet.of(Role.ASSESSOR));
    }

    long user(OrgUnit unit, String postCode, Level level, EnumSet<Role> roles) {
        String no = "c" + unique();
        var draft = new UserDraft(
                no,
                "人员" + no,
                unit.id(),
                postCode == null ? null : post(postCode).id(),
                level,
                LocalDate.of(2020, 1, 1),
                roles);
        return accounts.createWithKnownPassword(draft, PASSWORD).user().id();
    }

    String employeeNo(long id) {
        return accounts.get(id).employeeNo();
    }

    private static String unique() {
        return (System.nanoTime() % 100_000_000L) + "" + SERIAL.incrementAndGet();
    }
}
