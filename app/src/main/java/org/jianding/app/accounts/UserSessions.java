package org.jianding.app.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Removes a user's stored login sessions once a revocation is committed. The access version already refuses them
 * (see {@link AccessCheck}); removing them also frees the rows and makes the end visible in the session table.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** After the current transaction commits, deletes the user's sessions except {@code keepSessionId} (nullable). */
    void endAfterCommit(String employeeNo, String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(employeeNo, keepSessionId);
                }
            });
        } else {
            end(employeeNo, keepSessionId);
        }
    }

    private void end(String employeeNo, String keepSessionId) {
        sessions.findByPrincipalName(employeeNo).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
