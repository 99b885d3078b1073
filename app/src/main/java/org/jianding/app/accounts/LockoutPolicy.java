package org.jianding.app.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxAttempts} failed logins in a row an account is locked for {@code duration}; a successful login
 * or an administrator's reset clears the count.
 */
@ConfigurationProperties("jianding.security.lockout")
record LockoutPolicy(Integer maxAttempts, Duration duration) {

    LockoutPolicy {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
    }
}
