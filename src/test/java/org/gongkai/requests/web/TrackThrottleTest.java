package org.gongkai.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Wrong tracking secrets are throttled per address and per tracking code, for 15 minutes. */
class TrackThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresBlockTheAddressAndTheCodeUntilTheWindowPasses() {
        MovableClock clock = new MovableClock();
        TrackThrottle throttle = new TrackThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", "2026-AAAA-BBBB");
        }
        assertThat(throttle.blocked("10.0.0.1", "2026-AAAA-BBBB")).isFalse();
        throttle.failed("10.0.0.1", "2026-AAAA-BBBB");
        assertThat(throttle.blocked("10.0.0.1", "2026-CCCC-DDDD"))
                .as("same address")
                .isTrue();
        assertThat(throttle.blocked("10.0.0.2", "2026-AAAA-BBBB"))
                .as("same code")
                .isTrue();
        assertThat(throttle.blocked("10.0.0.2", "2026-CCCC-DDDD")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.blocked("10.0.0.1", "2026-AAAA-BBBB")).isFalse();
    }
}
