package org.jianding.app.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application (tests replace it), and the zone instants are shown in. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DisplayTime fmt(DisplaySettings settings) {
        return new DisplayTime(settings.displayZone());
    }
}
