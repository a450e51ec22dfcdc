package org.gongkai.calendar;

/** A deadline reaches a year whose holiday notice has not been loaded. */
public class MissingCalendarYearException extends RuntimeException {

    private final int year;

    public MissingCalendarYearException(int year) {
        super("no working-day calendar loaded for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
