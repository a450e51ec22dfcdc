package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a holiday notice names: a public holiday ({@code offDay}) or a make-up working day (调休, not off).
 * Plain weekends are not listed in a notice.
 */
public record CalendarDay(LocalDate date, boolean offDay, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
    }

    public boolean makeUpWorkingDay() {
        return !offDay;
    }
}
