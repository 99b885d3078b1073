package org.jianding.app.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The password checks' pool ({@code jianding.security.login.*}, docs/operations.md; {@link PasswordChecks}).
 *
 * @param concurrentChecks hashes computed at once; 0 = one per core (they run at the lowest thread priority)
 * @param queue checks that may wait inside the server (each holds a request thread while it waits); the rest are
 *     given a turn to come back at ({@link LoginTurns})
 * @param maxWait how long one waits before it is refused as busy
 */
@Validated
@ConfigurationProperties("jianding.security.login")
public record LoginSettings(
        @Min(value = 0, message = "must not be negative")
        @Max(value = 64, message = "must be at most 64")
        @DefaultValue("0")
        int concurrentChecks,

        @Min(value = 0, message = "must not be negative")
        @Max(value = 1000, message = "must be at most 1000")
        @DefaultValue("40")
        int queue,

        @NotNull
        @DurationMin(millis = 100, message = "must be at least 100 ms")
        @DurationMax(minutes = 2, message = "must be at most 2 minutes")
        @DefaultValue("PT10S")
        Duration maxWait) {

    int concurrentChecksOrDefault() {
        return concurrentChecks > 0
                ? concurrentChecks
                : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
