package org.jianding.app.accounts;

import java.time.Clock;
import org.jianding.app.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins per 工号 and locks the account at the limit; a success resets the count. */
@Component
class LoginAttempts {

    private final AccountRepository repository;
    private final LockoutPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(AccountRepository repository, LockoutPolicy policy, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String employeeNo = event.getAuthentication().getName();
        if (employeeNo == null || employeeNo.isBlank()) {
            return;
        }
        boolean locked = repository.recordFailedLogin(
                employeeNo.strip(), policy.maxAttempts(), clock.instant().plus(policy.duration()));
        if (locked) {
            audit.recordAs(
                    employeeNo,
                    "user.locked",
                    "user",
                    employeeNo,
                    "after " + policy.maxAttempts() + " failed logins, for " + policy.duration());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        repository.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
