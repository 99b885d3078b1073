package org.jianding.app.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users and units in the audit log, by name: 张伟 (E001), 市分公司. */
final class AccountAuditNames {

    private AccountAuditNames() {}

    /** Users by 姓名 and 工号; recorded by id, or by 工号 for a lock after failed logins. */
    @Component
    static class Users implements AuditObjectNames {

        private final AccountNameRepository repository;

        Users(AccountNameRepository repository) {
            this.repository = repository;
        }

        @Override
        public String targetType() {
            return "user";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Set<Long> numbers = AuditObjectNames.numbers(ids);
            Map<String, AuditObject> names = new HashMap<>();
            for (AccountNameRepository.NamedUser u : repository.users(numbers, ids)) {
                AuditObject named = AuditObject.linked(
                        u.displayName() + " (" + u.employeeNo() + ")", "/admin/users/" + u.id(), "ADMIN");
                // an id is the row's when it is one; a 工号 that is also some row's id names that row
                if (ids.contains(u.employeeNo()) && !names.containsKey(u.employeeNo())) {
                    names.put(u.employeeNo(), named);
                }
                if (numbers.contains(u.id())) {
                    names.put(Long.toString(u.id()), named);
                }
            }
            return names;
        }
    }

    /** Units by name. */
    @Component
    static class OrgUnits implements AuditObjectNames {

        private final AccountNameRepository repository;

        OrgUnits(AccountNameRepository repository) {
            this.repository = repository;
        }

        @Override
        public String targetType() {
            return "orgUnit";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<String, AuditObject> names = new HashMap<>();
            repository
                    .unitNames(AuditObjectNames.numbers(ids))
                    .forEach((id, name) ->
                            names.put(Long.toString(id), AuditObject.linked(name, "/admin/org-units", "ADMIN")));
            return names;
        }
    }
}
