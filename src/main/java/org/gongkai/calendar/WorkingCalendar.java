package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * Working days under the State Council's yearly holiday notices: public holidays are off even on weekdays,
 * make-up working days (调休) are worked even on weekends. A date in a year whose notice is not loaded is
 * never guessed: the methods throw {@link MissingCalendarYearException} naming the year. Only
 * {@link #reckonWorkingDays} goes on past such a year, on the statutory holidays alone, and says so.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The Nth working day after {@code date} (the date itself not counted); n = 0 gives the date itself. */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /** Working days in (from, to]: how many working days after {@code from} up to and including {@code to}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * A date reckoned on the working-day clock: exact when every day counted lies in a year whose notice is
     * loaded; otherwise provisional, {@code missingYear} naming the first year counted on the statutory holidays
     * and weekends alone ({@link StatutoryHolidays}), because that year's notice is not out.
     */
    record Reckoning(LocalDate date, Integer missingYear) {

        public boolean provisional() {
            return missingYear != null;
        }
    }

    /** A count of working days on the same clock: exact, or provisional naming the first year without its notice. */
    record Count(int days, Integer missingYear) {

        public boolean provisional() {
            return missingYear != null;
        }
    }

    /**
     * Working days in (from, to], as {@link #workingDaysBetween}, but counted on the statutory holidays and weekends
     * ({@link StatutoryHolidays}) in a year whose notice is not loaded: provisional, never refused.
     */
    default Count reckonWorkingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            Count back = reckonWorkingDaysBetween(to, from);
            return new Count(-back.days(), back.missingYear());
        }
        Integer missing = null;
        int counted = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            ReckonedDay day = reckonDay(d);
            missing = missing == null ? day.missingYear() : missing;
            if (day.working()) {
                counted++;
            }
        }
        return new Count(counted, missing);
    }

    /** The Nth working day after {@code date}, provisional (never blank) past the last loaded year. */
    default Reckoning reckonWorkingDays(LocalDate date, int n) {
        if (n < 0 || n > NoticeCalendar.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + NoticeCalendar.MAX_WORKING_DAYS);
        }
        LocalDate d = date;
        Integer missing = null;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            ReckonedDay day = reckonDay(d);
            missing = missing == null ? day.missingYear() : missing;
            if (day.working()) {
                counted++;
            }
        }
        return new Reckoning(d, missing);
    }

    /** One day on the clock: working or not, and the year whose notice is missing when reckoned provisionally. */
    record ReckonedDay(boolean working, Integer missingYear) {}

    private ReckonedDay reckonDay(LocalDate d) {
        try {
            return new ReckonedDay(isWorkingDay(d), null);
        } catch (MissingCalendarYearException e) {
            return new ReckonedDay(StatutoryHolidays.isUsualWorkingDay(d), e.year());
        }
    }
}
