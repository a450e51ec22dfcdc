package org.gongkai.platform.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gongkai.platform.LimitProperties;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle's counters live in PostgreSQL: a second instance (another node, or the platform after a restart)
 * sees the same waits. Keys are unique to each test; time is moved by hand.
 */
@GongkaiTest
class ThrottlesTest {

    @Autowired
    JdbcClient jdbc;

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

    private final MovableClock clock = new MovableClock();
    private static final LimitProperties LIMITS = new LimitProperties(
            20,
            Duration.ofMinutes(10),
            3,
            Duration.ofSeconds(30),
            10,
            Duration.ofHours(1),
            2,
            Duration.ofSeconds(1),
            null,
            null);

    private Throttles node() {
        return new Throttles(jdbc, clock, LIMITS);
    }

    @Nested
    class GuessingAPassword {

        @Test
        void threeFailuresAreFreeThenWaitsDoubleUpToTheCap() {
            Guesses g = node().guesses("t-grow");
            for (int i = 0; i < 3; i++) {
                assertThat(g.failed("198.51.100.1", "alice")).isZero();
            }
            assertThat(g.check("198.51.100.1", "alice")).isEmpty();

            assertThat(g.failed("198.51.100.1", "alice")).isEqualTo(Duration.ofSeconds(1));
            assertThat(g.failed("198.51.100.1", "alice")).isEqualTo(Duration.ofSeconds(2));
            assertThat(g.failed("198.51.100.1", "alice")).isEqualTo(Duration.ofSeconds(4));
            for (int i = 0; i < 10; i++) {
                g.failed("198.51.100.1", "alice");
            }
            assertThat(g.check("198.51.100.1", "alice")).contains(Duration.ofSeconds(30));
        }

        @Test
        void failuresFromOtherAddressesNeverMakeTheOwnerWait() {
            Guesses g = node().guesses("t-owner");
            for (int i = 0; i < 8; i++) {
                g.failed("198.51.100.2", "bob");
            }

            assertThat(g.check("198.51.100.2", "bob")).isPresent();
            assertThat(g.check("198.51.100.3", "bob")).isEmpty();
        }

        @Test
        void oneAddressSprayingManyAccountsWaitsForEveryAccount() {
            Guesses g = node().guesses("t-spray");
            for (int i = 0; i < 11; i++) {
                g.failed("198.51.100.4", "user" + i);
            }

            assertThat(g.check("198.51.100.4", "someone-never-tried")).isPresent();
            assertThat(g.check("198.51.100.5", "someone-never-tried")).isEmpty();
        }

        @Test
        void theWaitEndsAndTheRightSecretForgetsTheFailures() {
            Guesses g = node().guesses("t-end");
            for (int i = 0; i < 4; i++) {
                g.failed("198.51.100.6", "carol");
            }
            assertThat(g.check("198.51.100.6", "carol")).contains(Duration.ofSeconds(1));

            clock.now = clock.now.plusSeconds(2);
            assertThat(g.check("198.51.100.6", "carol")).isEmpty();
            g.succeeded("198.51.100.6", "carol");
            assertThat(g.failed("198.51.100.6", "carol")).isZero();
        }

        @Test
        void aRestartOrAnotherNodeSeesTheSameWait() {
            for (int i = 0; i < 5; i++) {
                node().guesses("t-node").failed("198.51.100.7", "dave");
            }

            Throttles otherNode = new Throttles(jdbc, clock, LIMITS);
            assertThat(otherNode.guesses("t-node").check("198.51.100.7", "dave"))
                    .contains(Duration.ofSeconds(2));
        }

        @Test
        void longOrStrangeAccountNamesAreStoredAsAHash() {
            Guesses g = node().guesses("t-hash");
            String hostile = "x".repeat(5000) + "\u0000";
            for (int i = 0; i < 4; i++) {
                g.failed("198.51.100.8", hostile);
            }

            assertThat(g.check("198.51.100.8", hostile)).isPresent();
        }
    }

    @Nested
    class CountingSubmissions {

        @Test
        void theLimitPerWindowThenTheTimeUntilTheWindowEnds() {
            Throttles t = node();
            for (int i = 0; i < 20; i++) {
                assertThat(t.submission("t-intake", "198.51.100.9")).isEmpty();
            }
            clock.now = clock.now.plusSeconds(60);

            assertThat(t.submission("t-intake", "198.51.100.9")).contains(Duration.ofMinutes(9));
            assertThat(t.submission("t-intake", "198.51.100.10")).isEmpty();
            clock.now = clock.now.plus(Duration.ofMinutes(9));
            assertThat(t.submission("t-intake", "198.51.100.9")).isEmpty();
        }
    }
}
