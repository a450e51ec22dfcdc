package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.springframework.stereotype.Component;

/**
 * Keeps published annual reports true: a change to what a report counts of a case (its receipt date, its reply
 * date and outcome) is refused when any year it touches is locked for the case's unit. The disclosure office
 * reopens the year first, with a recorded reason.
 */
@Component
class ReportedYears {

    /** What the annual report counts of one case. */
    record Counted(LocalDate receiptDate, LocalDate replyDate, Outcome outcome) {

        /** A case not yet stored. */
        static final Counted NONE = new Counted(null, null, null);

        static Counted of(DisclosureRequest r) {
            var reply = r.state().reply();
            return new Counted(
                    r.state().receiptDate(),
                    reply == null ? null : reply.date(),
                    reply == null ? null : reply.outcome());
        }
    }

    private final ReportingPeriodLocks locks;

    ReportedYears(ReportingPeriodLocks locks) {
        this.locks = locks;
    }

    /**
     * Throws 409 naming the year when the change from {@code before} to {@code after} alters what a locked year's
     * report counted: a moved receipt date touches the years of both dates, a new or changed reply the years of the
     * old and the new reply. (A reply in an open year to a case received in a locked year leaves that year's
     * report as it was: there the case was carried forward.)
     */
    void requireOpen(String unitCode, Counted before, Counted after) {
        List<LocalDate> touched = new ArrayList<>();
        if (!Objects.equals(before.receiptDate(), after.receiptDate())) {
            touched.add(before.receiptDate());
            touched.add(after.receiptDate());
        }
        if (!Objects.equals(before.replyDate(), after.replyDate()) || before.outcome() != after.outcome()) {
            touched.add(before.replyDate());
            touched.add(after.replyDate());
        }
        touched.stream()
                .filter(Objects::nonNull)
                .map(LocalDate::getYear)
                .distinct()
                .sorted()
                .forEach(year -> locks.requireOpen(unitCode, year));
    }

    boolean isOpen(String unitCode, Counted before, Counted after) {
        try {
            requireOpen(unitCode, before, after);
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }
}
