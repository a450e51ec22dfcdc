package org.gongkai.requests.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of tracking secrets: after 5 wrong attempts within 15 minutes from one address, or for one
 * tracking code, further attempts are refused until the window passes (the same generic message either way).
 */
@Component
class TrackThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    TrackThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String address, String code) {
        return count("ip:" + address) >= MAX_FAILURES || count("code:" + code) >= MAX_FAILURES;
    }

    void failed(String address, String code) {
        add("ip:" + address);
        add("code:" + code);
    }

    private int count(String key) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            Instant since = clock.instant().minus(WINDOW);
            while (!q.isEmpty() && q.peekFirst().isBefore(since)) {
                q.pollFirst();
            }
            return q.size();
        }
    }

    private void add(String key) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }
}
