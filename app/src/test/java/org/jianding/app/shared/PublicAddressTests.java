package org.jianding.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jianding.app.shared.PublicAddress.State;
import org.junit.jupiter.api.Test;

class PublicAddressTests {

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Nothing {}

    @Test
    void theShippedConfigurationLeavesTheAddressUnsetAndTheDemoProfileAllowsLocalhostExplicitly() {
        assertThat(shipped(null).state()).isEqualTo(State.UNSET);
        PublicAddress demo = shipped("demo");
        assertThat(demo.state()).isEqualTo(State.LOOPBACK_ALLOWED);
        assertThat(demo.baseUrl()).isEqualTo("http://localhost:8080");
    }

    /** The address as the application's own application*.properties configure it, with this profile active. */
    private static PublicAddress shipped(String profile) {
        var app = new org.springframework.boot.builder.SpringApplicationBuilder(Nothing.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.config.location=classpath:/", "spring.main.banner-mode=off");
        if (profile != null) {
            app.profiles(profile);
        }
        try (var context = app.run()) {
            return new PublicAddress(
                    org.springframework.boot.context.properties.bind.Binder.get(context.getEnvironment())
                            .bindOrCreate("jianding", PublicAddressSettings.class));
        }
    }

    @Test
    void judgesTheAddressAsWritten() {
        assertThat(PublicAddress.judge(null, false)).isEqualTo(State.UNSET);
        assertThat(PublicAddress.judge("  ", true)).isEqualTo(State.UNSET);
        assertThat(PublicAddress.judge("https://jianding.example.com", false)).isEqualTo(State.PUBLIC);
        assertThat(PublicAddress.judge("http://10.20.0.5:8080", false))
                .as("an intranet address is reachable by colleagues")
                .isEqualTo(State.PUBLIC);
        assertThat(PublicAddress.judge("http://127.0.0.10.example.com", false)).isEqualTo(State.PUBLIC);
        for (String loop : new String[] {
            "http://localhost:8080",
            "http://LOCALHOST",
            "http://app.localhost",
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://0.0.0.0:8080",
            "http://[::1]:8080",
            "http://[::]:8080"
        }) {
            assertThat(PublicAddress.judge(loop, false)).as(loop).isEqualTo(State.LOOPBACK);
            assertThat(PublicAddress.judge(loop, true)).as(loop).isEqualTo(State.LOOPBACK_ALLOWED);
        }
        for (String bad :
                new String[] {"jianding.example.com", "ftp://jianding.example.com", "https://", "http://a b"}) {
            assertThat(PublicAddress.judge(bad, false)).as(bad).isEqualTo(State.INVALID);
        }
    }

    @Test
    void refusesWithAMessageNamingTheSettingUntilTheAddressIsUsable() {
        PublicAddress unset = new PublicAddress(new PublicAddressSettings(null, null));
        assertThat(unset.usable()).isFalse();
        assertThatThrownBy(unset::requireUsable)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("publicAddress.unset"));

        PublicAddress demo = new PublicAddress(new PublicAddressSettings("http://localhost:8080/", true));
        assertThat(demo.usable()).isTrue();
        assertThat(demo.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(demo.messageCode()).isEqualTo("publicAddress.loopback.allowed");

        PublicAddress real = new PublicAddress(new PublicAddressSettings("https://jianding.example.com", false));
        real.requireUsable();
        assertThat(real.messageCode()).isNull();
    }
}
