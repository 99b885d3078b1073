package org.jianding.app.competency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the competency records ({@code jianding.competency.*}), checked at start. */
@Validated
@ConfigurationProperties("jianding.competency")
record CompetencySettings(@NotNull @Valid @DefaultValue Sweep sweep) {

    /**
     * The sweep that records what a stopped node missed.
     *
     * @param overlap how far before its watermark a sweep looks again, for transactions still open then
     */
    record Sweep(
            @DefaultValue("true") boolean enabled,

            @NotNull @DurationMin(seconds = 10, message = "must be at least 10 seconds") @DefaultValue("PT10M")
            Duration interval,

            @NotNull @DurationMin(seconds = 0, message = "must not be negative") @DefaultValue("PT1H")
            Duration overlap) {}
}
