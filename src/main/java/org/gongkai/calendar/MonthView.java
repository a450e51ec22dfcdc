package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One month of the working-day calendar laid out Monday to Sunday, for the console: each day is a working day,
 * a weekend, a holiday or a make-up working day from the notice, or unknown (its year's notice not loaded).
 */
public record MonthView(YearMonth month, boolean loaded, List<List<Cell>> weeks) {

    public enum Kind {
        WORK,
        WEEKEND,
        OFF,
        MAKEUP,
        UNKNOWN
    }

    /** One day; {@code name} is the holiday's name for OFF and MAKEUP days. */
    public record Cell(LocalDate date, boolean inMonth, Kind kind, String name) {

        public boolean working() {
            return kind == Kind.WORK || kind == Kind.MAKEUP;
        }
    }

    public static MonthView of(NoticeCalendar calendar, YearMonth month) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            week.add(cell(calendar, d, YearMonth.from(d).equals(month)));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        return new MonthView(month, calendar.isLoaded(month.getYear()), List.copyOf(weeks));
    }

    private static Cell cell(NoticeCalendar calendar, LocalDate d, boolean inMonth) {
        Optional<CalendarDay> listed;
        try {
            listed = calendar.noticeDay(d);
        } catch (MissingCalendarYearException e) {
            return new Cell(d, inMonth, Kind.UNKNOWN, "");
        }
        if (listed.isPresent()) {
            CalendarDay day = listed.get();
            return new Cell(d, inMonth, day.offDay() ? Kind.OFF : Kind.MAKEUP, day.name());
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Cell(d, inMonth, weekend ? Kind.WEEKEND : Kind.WORK, "");
    }
}
