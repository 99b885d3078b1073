package org.jianding.app.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
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
    DisplayTime fmt(@Value("${jianding.display-zone:Asia/Shanghai}") String zone) {
        return new DisplayTime(ZoneId.of(zone));
    }
}
