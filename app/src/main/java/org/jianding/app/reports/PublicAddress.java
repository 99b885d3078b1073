package org.jianding.app.reports;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public address printed on documents and encoded in their QR codes ({@code jianding.public-base-url}, env
 * {@code PUBLIC_BASE_URL}), checked at start: a wrong one would be printed on every certificate.
 */
@Validated
@ConfigurationProperties("jianding")
record PublicAddress(
        @Pattern(
                regexp = "https?://[^\\s/]+\\S*",
                message = "must be the http(s) address the public reaches, e.g. https://exam.example.org")
        @DefaultValue("http://localhost:8080")
        String publicBaseUrl) {}
