package org.gongkai.fees;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fee policy the server applies, with the configured relief. */
@Configuration(proxyBeanMethods = false)
class FeeConfig {

    @Bean
    FeePolicy feePolicy(FeeProperties properties) {
        return new FeePolicy(properties.relief());
    }
}
