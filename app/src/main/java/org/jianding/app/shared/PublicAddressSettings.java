package org.jianding.app.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address at which the public reaches this installation ({@code jianding.public-base-url}, environment
 * {@code PUBLIC_BASE_URL}), printed on every score report and certificate and encoded in their QR codes; and whether
 * a loopback address is accepted for it ({@code jianding.public-base-url-allow-loopback}, environment
 * {@code PUBLIC_BASE_URL_ALLOW_LOOPBACK}), which only a demonstration on one's own computer should set.
 */
@ConfigurationProperties("jianding")
record PublicAddressSettings(String publicBaseUrl, Boolean publicBaseUrlAllowLoopback) {

    PublicAddressSettings {
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
        publicBaseUrlAllowLoopback = Boolean.TRUE.equals(publicBaseUrlAllowLoopback);
    }
}
