package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A closed case as the library of past cases shows it: the unit, the outcome and provision, the reply date, what
 * was asked and how it was answered, with the applicant's data removed.
 */
public record PastCase(
        long id, String unitCode, Outcome outcome, Article article, LocalDate replyDate, String request, String reply) {

    /** A case as stored, before its applicant's data is removed: {@code names} are the applicant's names. */
    public record Stored(
            long id,
            String unitCode,
            Outcome outcome,
            Article article,
            LocalDate replyDate,
            String description,
            String letterBody,
            List<String> names) {}

    /** What staff search the library by; null means any. */
    public record Filter(java.util.Set<String> units, Outcome outcome, String topic, int offset, int limit) {}
}
