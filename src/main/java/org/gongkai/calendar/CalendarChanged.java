package org.gongkai.calendar;

/**
 * A year's holiday notice was loaded or replaced while the server runs: every date reckoned on the working-day
 * clock (due dates, provisional ones above all) must be computed again.
 */
public record CalendarChanged(int year) {}
