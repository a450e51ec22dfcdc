package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The applications counted for section 3 of the annual report: the port through which other modules read them.
 * For year Y an application is in play when received by 31 December and not replied before 1 January; among
 * those, each {@link Row} is one condition (received in Y, carried over, replied in Y with given outcomes,
 * replied without a recognised outcome, carried forward). The same conditions count the cells and list the
 * cases behind a cell. Applications awaiting confirmation (no receipt date) are not yet received.
 */
public interface RequestStatistics {

    /** Counts per unit, applicant type, row: one grouped pass over the year's applications. */
    List<Tally> tally(Collection<String> unitCodes, int year);

    /** The applications counted in one row (and applicant type, or all types when empty), oldest first. */
    List<CaseRef> casesIn(
            Collection<String> unitCodes, int year, Row row, Optional<ApplicantType> applicant, int limit);

    /** Information-processing fees paid in the year over these units. */
    FeesPaid feesPaid(Collection<String> unitCodes, int year);

    /** The kinds of section-3 condition. */
    enum Kind {
        /** Receipt date in the year. */
        RECEIVED,
        /** Received before the year and not replied before 1 January. */
        CARRIED_OVER,
        /** Replied in the year, with one of the row's outcomes (any outcome when the row names none). */
        REPLIED,
        /** Replied in the year without any recognised outcome (a data error the report's checks point at). */
        UNCLASSIFIED,
        /** Not replied by 31 December. */
        CARRIED_FORWARD
    }

    /** One section-3 condition. */
    record Row(Kind kind, Set<Outcome> outcomes) {

        public Row {
            outcomes = outcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outcomes));
        }

        public static Row of(Kind kind) {
            return new Row(kind, Set.of());
        }

        /** Replied in the year with one of these outcomes. */
        public static Row repliedWith(Collection<Outcome> outcomes) {
            return new Row(Kind.REPLIED, Set.copyOf(outcomes));
        }
    }

    /** {@code count} applications of one unit and applicant type fall in a row. */
    record Tally(String unitCode, ApplicantType applicant, Row row, long count) {}

    /** Fees paid: how many applications, and the yuan. */
    record FeesPaid(long applications, long yuan) {

        public static final FeesPaid NONE = new FeesPaid(0, 0);

        public FeesPaid plus(FeesPaid o) {
            return new FeesPaid(applications + o.applications, yuan + o.yuan);
        }
    }

    /** An application behind a cell, as the drill-down lists it. */
    record CaseRef(
            long id,
            String trackingCode,
            String unitCode,
            String applicantType,
            LocalDate receiptDate,
            LocalDate replyDate,
            String outcome,
            Status status) {}
}
