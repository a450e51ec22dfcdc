package org.gongkai.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;

/**
 * The rule type of the time-limit rules: each subject has two dates and is found when the second lies beyond a
 * limit counted from the first ({@link Measure}). The candidates come from one set-based question to a module's
 * port, a superset the rule refines; a date in a year whose holiday notice is not loaded is never guessed (the
 * subject is judged once it is), except for a warning before a due date, which then counts calendar days.
 */
final class WorkingDaysRule implements SelfInspectionRule {

    /**
     * A candidate: its unit, subject and evidence, the two dates compared, and its message's arguments given the
     * days counted.
     */
    record Dated(
            String unitCode,
            String subject,
            String evidence,
            LocalDate from,
            LocalDate to,
            IntFunction<List<Object>> args) {}

    /** The candidates for a scope: every subject that may be beyond {@code limit}. */
    @FunctionalInterface
    interface Candidates {
        List<Dated> find(Scope scope, int limit);
    }

    /** How the days between the two dates are counted and compared with the limit. */
    enum Measure {
        /** More than the limit's working days in (from, to]. */
        OLDER_THAN_WORKING_DAYS,
        /** More than the limit's calendar days from {@code from} to {@code to}. */
        OLDER_THAN_DAYS,
        /** {@code to} (a due date) is not before {@code from} and at most the limit's working days after it. */
        DUE_WITHIN_WORKING_DAYS;

        /** The days counted when beyond the limit, else -1. */
        int beyond(WorkingCalendar calendar, LocalDate from, LocalDate to, int limit) {
            return switch (this) {
                case OLDER_THAN_WORKING_DAYS -> {
                    int days = calendar.workingDaysBetween(from, to);
                    yield days > limit ? days : -1;
                }
                case OLDER_THAN_DAYS -> {
                    long days = ChronoUnit.DAYS.between(from, to);
                    yield days > limit ? (int) days : -1;
                }
                case DUE_WITHIN_WORKING_DAYS -> {
                    LocalDate by;
                    try {
                        by = calendar.plusWorkingDays(from, limit);
                    } catch (MissingCalendarYearException e) {
                        by = from.plusDays(limit);
                    }
                    yield to.isBefore(from) || to.isAfter(by) ? -1 : (int) ChronoUnit.DAYS.between(from, to);
                }
            };
        }
    }

    private final String code;
    private final Severity severity;
    private final int limit;
    private final Measure measure;
    private final Candidates candidates;
    private final WorkingCalendar calendar;

    WorkingDaysRule(
            String code,
            Severity severity,
            int limit,
            Measure measure,
            Candidates candidates,
            WorkingCalendar calendar) {
        this.code = code;
        this.severity = severity;
        this.limit = limit;
        this.measure = measure;
        this.candidates = candidates;
        this.calendar = calendar;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    int limit() {
        return limit;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        List<Detection> out = new ArrayList<>();
        for (Dated d : candidates.find(scope, limit)) {
            try {
                int days = measure.beyond(calendar, d.from(), d.to(), limit);
                if (days >= 0) {
                    out.add(new Detection(
                            d.unitCode(), d.subject(), d.evidence(), d.args().apply(days)));
                }
            } catch (MissingCalendarYearException e) {
                // a year without its holiday notice is never guessed: the subject is judged once it is loaded
            }
        }
        return out;
    }
}
