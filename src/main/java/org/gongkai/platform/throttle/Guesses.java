package org.gongkai.platform.throttle;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows down guessing of a secret (a password, a tracking secret) without locking its owner out: failures count
 * per address and subject together, so failures from other addresses never make the owner wait; and per address
 * across subjects, so one address cannot spray guesses over many accounts. Waits grow 1 s, 2 s, 4 s … to a cap.
 */
public final class Guesses {

    private final Throttles throttles;
    private final String scope;
    private final Backoff perSubject;
    private final Backoff perAddress;

    Guesses(Throttles throttles, String scope, Backoff perSubject, Backoff perAddress) {
        this.throttles = throttles;
        this.scope = scope;
        this.perSubject = perSubject;
        this.perAddress = perAddress;
    }

    /** The wait still running for this address and subject, if any. */
    public Optional<Duration> check(String address, String subject) {
        Optional<Duration> one = throttles.waitFor(scope, pair(address, subject));
        Optional<Duration> all = throttles.waitFor(scope + "-address", address);
        if (one.isEmpty()) {
            return all;
        }
        return all.isEmpty() || one.get().compareTo(all.get()) >= 0 ? one : all;
    }

    /** Counts a wrong guess; the wait it imposes on this address (zero within the free failures). */
    public Duration failed(String address, String subject) {
        Duration one = throttles.failed(scope, pair(address, subject), perSubject);
        Duration all = throttles.failed(scope + "-address", address, perAddress);
        return one.compareTo(all) >= 0 ? one : all;
    }

    /** The right secret: this address's failures for this subject are forgotten (not its failures elsewhere). */
    public void succeeded(String address, String subject) {
        throttles.forget(scope, pair(address, subject));
    }

    private static String pair(String address, String subject) {
        return address + "|" + (subject == null ? "" : subject);
    }
}
