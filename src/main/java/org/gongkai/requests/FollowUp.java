package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * After a reply: a callback (回访) by the handler, with its date and note, or the applicant's rating (1–5) with an
 * optional comment, given on the tracking page.
 */
public record FollowUp(
        long id, long requestId, Kind kind, Integer rating, LocalDate on, String note, String by, Instant at) {

    public boolean isCallback() {
        return kind == Kind.CALLBACK;
    }

    public enum Kind {
        CALLBACK("callback"),
        RATING("rating");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What a unit's follow-ups add up to over a period: replies, callbacks, ratings and their average. */
    public record Counts(String unitCode, int replied, int calledBack, int rated, Double averageRating) {}
}
