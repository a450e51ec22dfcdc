package org.gongkai.requests.web;

import java.time.Duration;
import java.util.Optional;
import org.gongkai.platform.throttle.Guesses;
import org.gongkai.platform.throttle.Throttles;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of tracking secrets: wrong secrets count per address and tracking code together (after 3,
 * waits of 1 s, 2 s, 4 s … up to a cap) and per address across codes, in the database. The owner of a code asking
 * from another address is never made to wait by someone else's guesses.
 */
@Component
class TrackThrottle {

    private final Guesses guesses;

    TrackThrottle(Throttles throttles) {
        this.guesses = throttles.guesses("track");
    }

    Optional<Duration> waitFor(String address, String code) {
        return guesses.check(address, code);
    }

    void failed(String address, String code) {
        guesses.failed(address, code);
    }

    void succeeded(String address, String code) {
        guesses.succeeded(address, code);
    }
}
