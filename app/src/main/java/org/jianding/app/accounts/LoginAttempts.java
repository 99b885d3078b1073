package org.jianding.app.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jianding.app.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per 工号 (locking the account progressively, see {@link LockoutPolicy}) and per client
 * address ({@link LoginThrottle}); a success resets the account's count.
 */
@Component
class LoginAttempts {

    private final AccountRepository repository;
    private final LockoutPolicy policy;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(
            AccountRepository repository, LockoutPolicy policy, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every failure counts against the address, whatever the 工号: unknown, locked, disabled or a wrong password; not a
     * login refused as busy before its password was checked, nor one that could not be checked for a system fault (the
     * database did not answer).
     */
    @EventListener
    public void onAnyFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException()
                instanceof org.springframework.security.authentication.AuthenticationServiceException) {
            return; // not checked at all: the person presses 登录 again
        }
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String employeeNo = event.getAuthentication().getName();
        if (employeeNo == null || employeeNo.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        repository
                .recordFailedLogin(employeeNo.strip(), policy.maxAttempts(), policy.lockEnds(now))
                .ifPresent(until -> audit.recordAs(
                        employeeNo,
                        "user.locked",
                        "user",
                        repository
                                .findByEmployeeNo(employeeNo.strip())
                                .map(UserAccount::id)
                                .orElse(null),
                        "after " + policy.maxAttempts() + " failed logins, for " + Duration.between(now, until)));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        repository.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
