package org.gongkai.platform.periods;

import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;

/**
 * Whether a unit's reporting year is locked because its annual report has been submitted or published. Modules
 * whose records feed the annual report (applications, review cases, catalogue items, statistics) ask before
 * changing a record that counts in a year; a locked year must be reopened (recorded, with a reason) by the
 * disclosure office first. Every module refuses the same way: 409 with the one message {@value #MESSAGE} naming the
 * unit and the year (or, in a form that lists every problem, a field problem with that message). The annual report
 * module implements this ({@code org.gongkai.annualreport.AnnualReportLocks}); it lives here so that callers do not
 * depend on the annual report module (which reads their records).
 */
public interface ReportingPeriodLocks {

    /** The message of every refusal for a locked year: {@code {0}} the unit code, {@code {1}} the year. */
    String MESSAGE = "period.locked";

    boolean isLocked(String unitCode, int year);

    /** Refuses with 409 when the unit's year is locked. */
    default void requireOpen(String unitCode, int year) {
        if (isLocked(unitCode, year)) {
            throw locked(unitCode, year);
        }
    }

    /** The refusal for a locked year. */
    static ConflictException locked(String unitCode, int year) {
        return new ConflictException(MESSAGE, unitCode, Integer.toString(year));
    }

    /** The same refusal as a problem of one field, for forms that name every problem at once. */
    static FieldProblem locked(String field, String unitCode, int year) {
        return new FieldProblem(field, MESSAGE, unitCode, Integer.toString(year));
    }
}
