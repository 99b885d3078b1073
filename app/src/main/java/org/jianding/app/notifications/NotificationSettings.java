package org.jianding.app.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of notifications ({@code jianding.notifications.*}), checked at start; the mail server itself is Spring
 * Boot's {@code spring.mail.*} (no {@code spring.mail.host}: no e-mail, notices stay in the product).
 *
 * @param mailFrom the sender of notification mails
 * @param openingLead how long before a session opens its candidates are reminded
 * @param openingCheck how often the reminder job looks for sessions opening soon
 */
@Validated
@ConfigurationProperties("jianding.notifications")
record NotificationSettings(
        @NotBlank @DefaultValue("鉴定 <noreply@jianding.invalid>")
        String mailFrom,

        @NotNull @DurationMin(minutes = 10, message = "must be at least 10 minutes") @DefaultValue("PT24H")
        Duration openingLead,

        @NotNull @DurationMin(seconds = 10, message = "must be at least 10 seconds") @DefaultValue("PT5M")
        Duration openingCheck) {}
