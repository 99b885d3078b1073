package org.jianding.app.shared;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The zone in which stored UTC instants are shown ({@code jianding.display-zone}, e.g. Asia/Shanghai); an unknown
 * zone stops the application at start with the property's name.
 */
@Validated
@ConfigurationProperties("jianding")
record DisplaySettings(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId displayZone) {}
