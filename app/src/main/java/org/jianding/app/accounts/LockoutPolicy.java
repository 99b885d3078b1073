package org.jianding.app.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Failed logins, limited two ways. Per account: after {@code maxAttempts} failures in a row the account is locked,
 * first for {@code duration}, then each further lock in a row twice as long up to {@code maxDuration}; a successful
 * login or an administrator's unlock starts again. Per client address: at most {@code perAddress} failures within
 * {@code addressWindow} (counted afresh each window), after which that address may not try at all until it refills, so one
 * client can neither guess widely nor lock many accounts.
 */
@Validated
@ConfigurationProperties("jianding.security.lockout")
record LockoutPolicy(
        @Min(value = 3, message = "must be at least 3: fewer locks out people who mistype")
        @Max(value = 100, message = "must be at most 100: more lets a guesser try for long")
        Integer maxAttempts,

        @DurationMin(minutes = 1, message = "must be at least 1 minute")
        Duration duration,

        Duration maxDuration,

        @Min(value = 1, message = "must be at least 1") Integer perAddress,

        @DurationMin(minutes = 1, message = "must be at least 1 minute")
        Duration addressWindow) {

    LockoutPolicy {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        duration = duration == null ? Duration.ofMinutes(1) : duration;
        maxDuration = maxDuration == null ? Duration.ofMinutes(30) : maxDuration;
        perAddress = perAddress == null ? 20 : perAddress;
        addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
        if (maxAttempts < 1 || perAddress < 1 || duration.isNegative() || maxDuration.compareTo(duration) < 0) {
            throw new IllegalArgumentException("jianding.security.lockout: max-attempts and per-address must be at"
                    + " least 1, and max-duration at least duration");
        }
    }

    /** When a lock starting {@code now} ends, by how many locks in a row came before it (the last for more). */
    List<Instant> lockEnds(Instant now) {
        List<Instant> ends = new ArrayList<>();
        Duration d = duration;
        while (d.compareTo(maxDuration) < 0) {
            ends.add(now.plus(d));
            d = d.multipliedBy(2);
        }
        ends.add(now.plus(maxDuration));
        return ends;
    }
}
