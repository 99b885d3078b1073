package org.jianding.app.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jianding.app.shared.ConfiguredText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of score reports and certificates ({@code jianding.reports.*}), checked at start.
 *
 * @param issuer the issuing body printed on reports and certificates
 */
@Validated
@ConfigurationProperties("jianding.reports")
record ReportSettings(
        @NotBlank(message = "must name the issuing body printed on reports and certificates")
        @DefaultValue("鉴定职业技能等级认证中心")
        String issuer,

        @NotNull @Valid @DefaultValue Batch batch) {

    /** @param claimTimeout a batch whose node has not reported for this long is taken over by another node */
    record Batch(
            @NotNull @DurationMin(seconds = 10, message = "must be at least 10 seconds") @DefaultValue("PT2M")
            Duration claimTimeout,

            @NotNull @DurationMin(seconds = 5, message = "must be at least 5 seconds") @DefaultValue("PT1M")
            Duration sweepInterval) {}

    ReportSettings {
        if (issuer != null) {
            // a name read with the wrong encoding stops the start rather than being printed on every document
            ConfiguredText.requireReadable("jianding.reports.issuer", issuer.strip());
            issuer = issuer.strip();
        }
    }
}
