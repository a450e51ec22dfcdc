package org.gongkai.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time comes in as a value: every module takes this clock, so deadline logic is testable. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Government business runs on Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
