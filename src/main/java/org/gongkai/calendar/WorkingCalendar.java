package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * Working days under the State Council's yearly holiday notices: public holidays are off even on weekdays,
 * make-up working days (调休) are worked even on weekends. A date in a year whose notice is not loaded is
 * never guessed: the methods throw {@link MissingCalendarYearException} naming the year.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The Nth working day after {@code date} (the date itself not counted); n = 0 gives the date itself. */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /** Working days in (from, to]: how many working days after {@code from} up to and including {@code to}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
