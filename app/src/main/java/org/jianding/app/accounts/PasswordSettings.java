package org.jianding.app.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The password policy ({@code jianding.security.password.*}), checked at start. */
@Validated
@ConfigurationProperties("jianding.security.password")
record PasswordSettings(
        @Min(value = 8, message = "must be at least 8: shorter passwords are guessed") @Max(64) @DefaultValue("8")
        int minLength) {}
