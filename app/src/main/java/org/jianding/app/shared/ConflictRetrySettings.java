package org.jianding.app.shared;

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
 * How {@link ConflictRetry} runs a write again ({@code jianding.db.retry.*}, docs/operations.md).
 *
 * @param maxAttempts runs in all, the first included (1 turns retrying off; at most 20)
 * @param backoff the pause before the second run; each further pause doubles, with random jitter, up to 1 s
 */
@Validated
@ConfigurationProperties("jianding.db.retry")
public record ConflictRetrySettings(
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 20, message = "must be at most 20")
        @DefaultValue("6")
        int maxAttempts,

        @NotNull
        @DurationMin(millis = 0, message = "must not be negative")
        @DurationMax(seconds = 5, message = "must be at most 5 seconds")
        @DefaultValue("PT0.02S")
        Duration backoff) {}
