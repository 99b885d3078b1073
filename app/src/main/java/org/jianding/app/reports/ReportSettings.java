package org.jianding.app.reports;

import org.jianding.app.shared.ConfiguredText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The issuing body printed at the head of every score report and certificate ({@code jianding.reports.issuer},
 * environment {@code REPORTS_ISSUER}); checked at start, so that a garbled name stops the application rather than
 * being printed.
 */
@ConfigurationProperties("jianding.reports")
record ReportSettings(String issuer) {

    static final String DEFAULT_ISSUER = "鉴定职业技能等级认证中心";

    ReportSettings {
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer.strip();
        ConfiguredText.requireReadable("jianding.reports.issuer", issuer);
    }
}
