package org.gongkai.requests;

import java.time.Duration;
import org.gongkai.platform.China;
import org.gongkai.platform.nodes.OnceAcrossNodes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night at 00:05 Beijing time one node, however many share the database, runs the {@link ExpiryJob}. */
@Component
class ExpirySchedule {

    static final String JOB = "requests.expiry";
    /** Less than a day, more than any clock skew between nodes: a second node firing late finds the night's run. */
    static final Duration PERIOD = Duration.ofHours(12);

    private final ExpiryJob job;
    private final OnceAcrossNodes once;

    ExpirySchedule(ExpiryJob job, OnceAcrossNodes once) {
        this.job = job;
        this.once = once;
    }

    /** Returns whether this node ran the job tonight. */
    @Scheduled(cron = "0 5 0 * * *", zone = China.ZONE_ID)
    boolean nightly() {
        return once.run(JOB, PERIOD, job::closeExpired);
    }
}
