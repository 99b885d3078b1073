package org.jianding.app.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the public verification page ({@code jianding.verify.*}), checked at start. */
@Validated
@ConfigurationProperties("jianding.verify")
record VerifySettings(@NotNull @Valid @DefaultValue RateLimit rateLimit) {

    /**
     * @param perMinute look-ups per client address and minute
     * @param clients client addresses whose buckets are kept
     */
    record RateLimit(
            @Min(value = 1, message = "must allow at least 1 look-up a minute") @Max(10_000) @DefaultValue("30")
            int perMinute,

            @Min(value = 100, message = "must keep at least 100 clients") @DefaultValue("100000")
            long clients) {}
}
