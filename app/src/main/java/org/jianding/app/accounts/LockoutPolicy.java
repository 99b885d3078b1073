package org.jianding.app.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * After {@code maxAttempts} failed logins in a row an account is locked for {@code duration}; a successful login
 * or an administrator's reset clears the count.
 */
@Validated
@ConfigurationProperties("jianding.security.lockout")
record LockoutPolicy(
        @Min(value = 3, message = "must be at least 3: fewer locks out people who mistype")
        @Max(value = 100, message = "must be at most 100: more lets a guesser try for long")
        Integer maxAttempts,

        @DurationMin(minutes = 1, message = "must be at least 1 minute")
        Duration duration) {

    LockoutPolicy {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        duration = duration == null ? Duration.ofMinutes(15) : duration;
    }
}
