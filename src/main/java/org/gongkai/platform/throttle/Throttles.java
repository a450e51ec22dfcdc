package org.gongkai.platform.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.gongkai.platform.LimitProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's one throttle: counters in PostgreSQL (table {@code throttle_counter}), changed by atomic
 * upserts, so that they survive a restart and are shared by every node. Two kinds of counter: failures that
 * impose growing waits ({@link #failed}), and uses counted in a fixed window ({@link #use}). A scope names the
 * purpose (e.g. {@code login}), a key what is counted (e.g. address and account together).
 */
@Component
public class Throttles {

    private static final int MAX_KEY = 200;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final LimitProperties limits;

    public Throttles(JdbcClient jdbc, Clock clock, LimitProperties limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** Guessing protection for one scope with the configured limits (see {@link Guesses}). */
    public Guesses guesses(String scope) {
        Duration base = Duration.ofSeconds(1);
        return new Guesses(
                this,
                scope,
                new Backoff(limits.freeFailures(), base, limits.maxWait(), limits.forgetAfter()),
                new Backoff(limits.addressFailures(), base, limits.maxWait(), limits.forgetAfter()));
    }

    /** Public submissions from one address: the wait when it has used up its allowance for the window. */
    public Optional<Duration> submission(String scope, String address) {
        return use(scope, address, limits.intakePerAddress(), limits.intakeWindow());
    }

    /** How long the key must still wait, when a wait is running. */
    public Optional<Duration> waitFor(String scope, String key) {
        Instant now = clock.instant();
        return jdbc.sql("select blocked_until from throttle_counter where scope = ? and key = ? and blocked_until > ?")
                .params(scope, key(key), Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(until -> roundUp(Duration.between(now, until.toInstant())));
    }

    /** Counts a failure; the wait it imposes (zero while within the free failures). */
    public Duration failed(String scope, String key, Backoff backoff) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into throttle_counter (scope, key, hits, window_start, last_at)
                        values (:scope, :key, 1, :now, :now)
                        on conflict (scope, key) do update set
                            hits = case when throttle_counter.last_at < :forget then 1
                                        else throttle_counter.hits + 1 end,
                            window_start = case when throttle_counter.last_at < :forget then :now
                                                else throttle_counter.window_start end,
                            blocked_until = case when throttle_counter.last_at < :forget then null
                                                 else throttle_counter.blocked_until end,
                            last_at = :now
                        returning hits""")
                .param("scope", scope)
                .param("key", key(key))
                .param("now", Timestamp.from(now))
                .param("forget", Timestamp.from(now.minus(backoff.forgetAfter())))
                .query(Integer.class)
                .single();
        Duration delay = backoff.delayAfter(failures);
        if (!delay.isZero()) {
            jdbc.sql("""
                            update throttle_counter set blocked_until = greatest(coalesce(blocked_until, :until), :until)
                            where scope = :scope and key = :key""")
                    .param("until", Timestamp.from(now.plus(delay)))
                    .param("scope", scope)
                    .param("key", key(key))
                    .update();
        }
        return delay;
    }

    /** Forgets the key's failures (e.g. after the right password). */
    public void forget(String scope, String key) {
        jdbc.sql("delete from throttle_counter where scope = ? and key = ?")
                .params(scope, key(key))
                .update();
    }

    /**
     * Counts one use in a window of {@code window} that starts with the first use; when the count passes
     * {@code limit}, the time until the window ends (the use is refused and still counted).
     */
    public Optional<Duration> use(String scope, String key, int limit, Duration window) {
        Instant now = clock.instant();
        record Count(int hits, Timestamp windowStart) {}
        Count c = jdbc.sql("""
                        insert into throttle_counter (scope, key, hits, window_start, last_at)
                        values (:scope, :key, 1, :now, :now)
                        on conflict (scope, key) do update set
                            hits = case when throttle_counter.window_start <= :expired then 1
                                        else throttle_counter.hits + 1 end,
                            window_start = case when throttle_counter.window_start <= :expired then :now
                                                else throttle_counter.window_start end,
                            last_at = :now
                        returning hits, window_start""")
                .param("scope", scope)
                .param("key", key(key))
                .param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(window)))
                .query((rs, n) -> new Count(rs.getInt("hits"), rs.getTimestamp("window_start")))
                .single();
        if (c.hits() <= limit) {
            return Optional.empty();
        }
        return Optional.of(
                roundUp(Duration.between(now, c.windowStart().toInstant().plus(window))));
    }

    /** Drops counters untouched for a day (hourly, on one node: {@link PurgeSchedule}). */
    public void purge() {
        jdbc.sql("delete from throttle_counter where last_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    /** The key as stored: as given when short, else its SHA-256 (an attacker chooses account names). */
    static String key(String key) {
        if (key.length() <= MAX_KEY && key.chars().noneMatch(c -> c < 0x20 || Character.isSurrogate((char) c))) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.toSeconds() + (d.toMillisPart() > 0 || d.toNanosPart() % 1_000_000 > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
