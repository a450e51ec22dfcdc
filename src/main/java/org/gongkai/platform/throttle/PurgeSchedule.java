package org.gongkai.platform.throttle;

import java.time.Duration;
import org.gongkai.platform.nodes.OnceAcrossNodes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour one node (whichever comes first) drops the counters untouched for a day. */
@Component
class PurgeSchedule {

    static final String JOB = "throttle.purge";
    private final Throttles throttles;
    private final OnceAcrossNodes once;

    PurgeSchedule(Throttles throttles, OnceAcrossNodes once) {
        this.throttles = throttles;
        this.once = once;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    boolean purge() {
        return once.run(JOB, Duration.ofMinutes(30), throttles::purge);
    }
}
