package org.gongkai.search.opensearch;

import java.time.Duration;
import org.gongkai.platform.errors.ServiceBusyException;

/**
 * OpenSearch did not answer, or answered with an error. Visitors see "search is unavailable for now, try again in
 * {@link #RETRY_AFTER}" (503 with Retry-After: a problem on the API, the search page's own message on the portal);
 * the message of the exception keeps the technical detail for the logs and the outbox.
 */
public class SearchUnavailableException extends ServiceBusyException {

    /** How long a visitor is asked to wait: the outbox retries and a node restart take about this long. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final String detail;

    public SearchUnavailableException(String message, Throwable cause) {
        this(message);
        initCause(cause);
    }

    public SearchUnavailableException(String message) {
        super(RETRY_AFTER, "search.unavailable");
        this.detail = message;
    }

    @Override
    public String getMessage() {
        return detail;
    }

    @Override
    public String type() {
        return "search-unavailable";
    }
}
