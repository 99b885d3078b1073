package org.jianding.app.competency;

import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Whom an assessor may assess and whose record they may read: the candidates of the assessor's own organisation
 * unit and every unit below it, never the assessor themself. An assessor without a unit has nobody in scope.
 */
@Component
class AssessmentScope {

    private final Accounts accounts;

    AssessmentScope(Accounts accounts) {
        this.accounts = accounts;
    }

    List<Long> people(UserAccount assessor) {
        if (!assessor.hasRole(Role.ASSESSOR) || assessor.orgUnit() == null) {
            return List.of();
        }
        return accounts.candidateIdsInUnit(assessor.orgUnit().id(), true).stream()
                .filter(id -> id != assessor.id())
                .toList();
    }

    boolean covers(UserAccount assessor, long personId) {
        return personId != assessor.id() && people(assessor).contains(personId);
    }
}
