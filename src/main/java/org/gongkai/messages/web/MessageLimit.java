package org.gongkai.messages.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.errors.TooManyRequestsException;
import org.gongkai.platform.throttle.Throttles;
import org.springframework.stereotype.Component;

/**
 * Public messages and comments (API and portal forms) per address, as intake: {@code
 * gongkai.limits.intake-per-address} per {@code gongkai.limits.intake-window}, counted in the database; beyond that
 * 429 with Retry-After. Every attempt counts, valid or not.
 */
@Component
class MessageLimit {

    private final Throttles throttles;

    MessageLimit(Throttles throttles) {
        this.throttles = throttles;
    }

    void count(HttpServletRequest request, String scope) {
        throttles.submission(scope, request.getRemoteAddr()).ifPresent(wait -> {
            throw new TooManyRequestsException(wait, "error.too-many.intake");
        });
    }
}
