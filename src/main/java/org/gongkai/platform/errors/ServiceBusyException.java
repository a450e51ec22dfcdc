package org.gongkai.platform.errors;

import java.time.Duration;

/** Too much of an expensive kind of work is running; try again shortly (503 with Retry-After). */
public class ServiceBusyException extends TooManyRequestsException {

    public ServiceBusyException(Duration retryAfter) {
        super(retryAfter, "error.busy");
    }

    /** Busy or unavailable for another reason: {@code messageCode} as {@link TooManyRequestsException} takes it. */
    protected ServiceBusyException(Duration retryAfter, String messageCode) {
        super(retryAfter, messageCode);
    }

    @Override
    public String type() {
        return "busy";
    }
}
