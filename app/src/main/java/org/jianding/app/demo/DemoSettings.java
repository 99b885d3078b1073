package org.jianding.app.demo;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whether demo data is seeded ({@code jianding.demo.enabled}, env {@code DEMO_DATA}): {@code true}, {@code false},
 * or {@code auto}, on for the embedded H2 only. Any other value stops the application at start.
 */
@Validated
@ConfigurationProperties("jianding.demo")
record DemoSettings(@NotNull @DefaultValue("auto") Mode enabled) {

    enum Mode {
        AUTO,
        TRUE,
        FALSE
    }
}
