package org.gongkai.platform.errors;

import java.time.Duration;

/** The caller must wait before trying again (429); {@code retryAfter} says how long. */
public class TooManyRequestsException extends ProblemException {

    private final Duration retryAfter;

    /** {@code messageCode} gets {@code .seconds} or {@code .minutes} appended, and the wait as its argument. */
    public TooManyRequestsException(Duration retryAfter, String messageCode) {
        super(
                messageCode + (retryAfter.toSeconds() < 60 ? ".seconds" : ".minutes"),
                retryAfter.toSeconds() < 60 ? retryAfter.toSeconds() : (retryAfter.toSeconds() + 59) / 60);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String type() {
        return "too-many-requests";
    }
}
