package org.gongkai.platform.throttle;

import java.time.Duration;

/**
 * How failures slow a key down: the first {@code freeFailures} cost nothing, each further one makes the caller
 * wait {@code base}, then twice as long, and so on up to {@code cap}. A key quiet for {@code forgetAfter} starts
 * afresh.
 */
public record Backoff(int freeFailures, Duration base, Duration cap, Duration forgetAfter) {

    /** The wait imposed by the {@code failures}-th failure in a row. */
    public Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = base.multipliedBy(1L << Math.min(over - 1, 30));
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
