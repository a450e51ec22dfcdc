package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.platform.throttle.Guesses;
import org.gongkai.platform.throttle.Throttles;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one way a public page proves a tracking code and its secret: while the address waits it answers 429 with
 * Retry-After and the page says how long ({@code trackError} = {@code track.throttled}, {@code trackWait}); a
 * wrong pair gets one generic message ({@code track.not-found}) and counts as a wrong guess (per address and code,
 * and per address, see {@link Guesses}); the right pair forgets this address's failures for the code. Each module
 * names its own scope, so guesses at application secrets and message secrets count apart.
 */
@Component
public class SecretChecks {

    private final Throttles throttles;

    SecretChecks(Throttles throttles) {
        this.throttles = throttles;
    }

    /** The guarded check of one scope (e.g. {@code track}, {@code message-track}). */
    public Scope scope(String name) {
        return new Scope(throttles.guesses(name));
    }

    /** One scope's guarded check. */
    public static final class Scope {

        private final Guesses guesses;

        Scope(Guesses guesses) {
            this.guesses = guesses;
        }

        /**
         * What {@code lookup} finds for {@code code} (looked up only when the address may try now); empty when the
         * address must wait or the pair is wrong, the page's model and the response then say why.
         */
        public <T> Optional<T> prove(
                String code,
                HttpServletRequest request,
                HttpServletResponse response,
                Model model,
                Supplier<Optional<T>> lookup) {
            String address = request.getRemoteAddr();
            Optional<Duration> wait = guesses.check(address, code);
            if (wait.isPresent()) {
                response.setStatus(429);
                response.setHeader(
                        HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
                model.addAttribute("trackError", "track.throttled");
                model.addAttribute("trackWait", wait.get().toSeconds());
                return Optional.empty();
            }
            Optional<T> found = lookup.get();
            if (found.isEmpty()) {
                guesses.failed(address, code);
                model.addAttribute("trackError", "track.not-found");
                return Optional.empty();
            }
            guesses.succeeded(address, code);
            return found;
        }

        /** Whether the pair holds now, without counting (for a second form on a page already proven). */
        public boolean holds(String code, HttpServletRequest request, Supplier<Boolean> matches) {
            return guesses.check(request.getRemoteAddr(), code).isEmpty() && matches.get();
        }
    }
}
