package org.jianding.app.accounts;

import static org.jianding.app.accounts.db.Tables.APP_USER;
import static org.jianding.app.accounts.db.Tables.ORG_UNIT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Names of users and units for the audit log, many in one query. */
@Repository
class AccountNameRepository {

    /** A user as the audit log names them. */
    record NamedUser(long id, String employeeNo, String displayName) {}

    private final DSLContext db;

    AccountNameRepository(DSLContext db) {
        this.db = db;
    }

    /** The users with these ids or these 工号 (unknown ones are left out). */
    List<NamedUser> users(Collection<Long> ids, Collection<String> employeeNos) {
        if (ids.isEmpty() && employeeNos.isEmpty()) {
            return List.of();
        }
        return db.select(APP_USER.ID, APP_USER.EMPLOYEE_NO, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ID.in(ids).or(APP_USER.EMPLOYEE_NO.in(employeeNos)))
                .fetch(r -> new NamedUser(r.value1(), r.value2(), r.value3()));
    }

    /** Unit names by id (unknown ids are left out). */
    Map<Long, String> unitNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(ORG_UNIT.ID, ORG_UNIT.NAME)
                .from(ORG_UNIT)
                .where(ORG_UNIT.ID.in(ids))
                .fetchMap(ORG_UNIT.ID, ORG_UNIT.NAME);
    }
}
