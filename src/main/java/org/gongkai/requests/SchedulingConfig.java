package org.gongkai.requests;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the nightly expiry job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
