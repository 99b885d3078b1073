package org.jianding.app.grading;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of grading ({@code jianding.grading.*}), checked at start. */
@Validated
@ConfigurationProperties("jianding.grading")
record GradingSettings(
        @NotNull @Valid @DefaultValue Sweep sweep,
        @NotNull @Valid @DefaultValue AutoRelease autoRelease) {

    /** The job that releases the results of sessions set to release after closing. */
    record AutoRelease(
            @NotNull @DurationMin(seconds = 5, message = "must be at least 5 seconds") @DefaultValue("PT1M")
            Duration interval) {}

    /** The sweep that marks any submitted attempt still without a result. */
    record Sweep(
            @DefaultValue("true") boolean enabled,

            @NotNull @DurationMin(seconds = 5, message = "must be at least 5 seconds") @DefaultValue("PT1M")
            Duration interval) {}
}
