package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.errors.TooManyRequestsException;
import org.gongkai.platform.throttle.Throttles;
import org.springframework.stereotype.Component;

/**
 * Public intake (API and portal form) per address: {@code gongkai.limits.intake-per-address} submissions per
 * {@code gongkai.limits.intake-window} (default 20 per 10 minutes), counted in the database; beyond that 429 with
 * Retry-After. Every attempt counts, valid or not.
 */
@Component
class IntakeLimit {

    private final Throttles throttles;

    IntakeLimit(Throttles throttles) {
        this.throttles = throttles;
    }

    void count(HttpServletRequest request) {
        throttles.submission("intake", request.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyRequestsException(wait, "error.too-many.intake");
        });
    }
}
