package org.jianding.app.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logins through the login form, and failed authentications of any kind (form or HTTP Basic) by reason. A script's
 * HTTP Basic request authenticates on every call, so successful Basic requests are not counted as logins.
 */
@Component
class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        counter("success", "none").increment();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent
                ? "bad-credentials"
                : event instanceof AuthenticationFailureLockedEvent
                        ? "locked"
                        : event instanceof AuthenticationFailureDisabledEvent ? "disabled" : "other";
        counter("failure", reason).increment();
    }

    private Counter counter(String outcome, String reason) {
        return Counter.builder("jianding.logins")
                .description("form logins that succeeded, and authentications that failed by reason")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }
}
