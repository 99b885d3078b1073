package org.jianding.app.accounts;

import java.util.Collection;
import java.util.Map;
import org.jianding.app.audit.ActorNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the actors of the audit log's lines. */
@Component
class AccountActorNames implements ActorNames {

    private final AccountRepository repository;

    AccountActorNames(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Collection<String> employeeNos) {
        return repository.displayNamesByEmployeeNo(employeeNos);
    }
}
