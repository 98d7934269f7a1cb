package io.worktrackr.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The one source of "now"; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
