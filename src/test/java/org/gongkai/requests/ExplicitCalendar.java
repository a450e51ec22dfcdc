package org.gongkai.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;

/**
 * A small real working-day calendar for unit tests: the holidays and make-up working days written out in the test
 * (from the State Council notices), for the years listed; any other year is missing.
 */
final class ExplicitCalendar implements WorkingCalendar {

    private final Set<Integer> years;
    private final Set<LocalDate> offDays;
    private final Set<LocalDate> makeUpDays;

    ExplicitCalendar(Set<Integer> years, Set<LocalDate> offDays, Set<LocalDate> makeUpDays) {
        this.years = years;
        this.offDays = offDays;
        this.makeUpDays = makeUpDays;
    }

    static Set<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toSet());
    }

    /** 2023–2025 with the holidays these tests cross (New Year 2024, National Day 2024, Spring Festival 2025). */
    static ExplicitCalendar chinese2023to2025() {
        return new ExplicitCalendar(
                Set.of(2023, 2024, 2025),
                dates(
                        "2023-12-30",
                        "2023-12-31",
                        "2024-01-01",
                        "2024-09-15",
                        "2024-09-16",
                        "2024-09-17",
                        "2024-10-01",
                        "2024-10-02",
                        "2024-10-03",
                        "2024-10-04",
                        "2024-10-05",
                        "2024-10-06",
                        "2024-10-07",
                        "2025-01-01",
                        "2025-01-28",
                        "2025-01-29",
                        "2025-01-30",
                        "2025-01-31",
                        "2025-02-01",
                        "2025-02-02",
                        "2025-02-03",
                        "2025-02-04"),
                dates("2024-09-14", "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08"));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new MissingCalendarYearException(date.getYear());
        }
        if (makeUpDays.contains(date)) {
            return true;
        }
        if (offDays.contains(date)) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
