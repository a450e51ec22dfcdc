package org.gongkai.org.security;

import java.time.Duration;
import java.util.Optional;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.throttle.Guesses;
import org.gongkai.platform.throttle.Throttles;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking the owner out: wrong passwords count per address and account
 * together (after 3, waits of 1 s, 2 s, 4 s … up to 5 min), and per address across accounts; failures from other
 * addresses never make the owner wait. Counters live in the database ({@link Throttles}).
 *
 * <p>The console's form login (and any HTTP Basic credentials) is checked by {@code org.web.LoginThrottleFilter}
 * before Spring Security, and its outcomes counted by {@code org.web.LoginEvents} from the authentication events
 * that carry the address ({@code WebAuthenticationDetails}). Other ways in (e.g. the token endpoint) that
 * authenticate without those details call {@link #check} before and {@link #failed} / {@link #succeeded} after.
 */
@Component
public class LoginThrottle {

    private final Guesses guesses;
    private final AuditLog audit;

    LoginThrottle(Throttles throttles, AuditLog audit) {
        this.guesses = throttles.guesses("login");
        this.audit = audit;
    }

    /** The wait still running for this address and account, if any ("稍后再试"). */
    public Optional<Duration> check(String address, String username) {
        return guesses.check(address, username);
    }

    /** A wrong password from this address for this account. */
    public void failed(String address, String username) {
        Duration wait = guesses.failed(address, username);
        if (!wait.isZero()) {
            audit.record(AuditEvent.by(clip(address, 60), "login.throttled")
                    .on("staff_account", clip(username, 80))
                    .because(address)
                    .detail(wait.toSeconds() + " s"));
        }
    }

    /** The right password: this address's failures for the account are forgotten. */
    public void succeeded(String address, String username) {
        guesses.succeeded(address, username);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
