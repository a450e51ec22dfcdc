package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working-day calendar made of loaded holiday notices, one per year. A date counts as known only when the
 * notice of its year is loaded; anything else throws {@link MissingCalendarYearException}: never a weekend-only
 * guess. A next year's notice may also name late-December days of this year (a New Year holiday or make-up day):
 * once loaded, its entries override. Immutable.
 */
public final class NoticeCalendar implements WorkingCalendar {

    /** Upper bound on a single count, far beyond any statutory period: guards against runaway input. */
    static final int MAX_WORKING_DAYS = 3660;

    private final NavigableMap<Integer, HolidayNotice> notices;
    private final Map<LocalDate, CalendarDay> days;

    public NoticeCalendar(Collection<HolidayNotice> loaded) {
        NavigableMap<Integer, HolidayNotice> byYear = new TreeMap<>();
        for (HolidayNotice n : loaded) {
            byYear.put(n.year(), n);
        }
        Map<LocalDate, CalendarDay> byDate = new HashMap<>();
        // ascending years: a later notice's entry for the previous December overrides the earlier notice
        for (HolidayNotice n : byYear.values()) {
            for (CalendarDay d : n.days()) {
                byDate.put(d.date(), d);
            }
        }
        this.notices = Collections.unmodifiableNavigableMap(byYear);
        this.days = Map.copyOf(byDate);
    }

    public NavigableMap<Integer, HolidayNotice> notices() {
        return notices;
    }

    public boolean isLoaded(int year) {
        return notices.containsKey(year);
    }

    /** The notice entry for a date (holiday or make-up working day), if any; requires the date to be known. */
    public Optional<CalendarDay> noticeDay(LocalDate date) {
        requireKnown(date);
        return Optional.ofNullable(days.get(date));
    }

    /** Throws {@link MissingCalendarYearException} naming the year when its notice is not loaded. */
    public void requireKnown(LocalDate date) {
        int year = date.getYear();
        if (!notices.containsKey(year)) {
            throw new MissingCalendarYearException(year);
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        requireKnown(date);
        CalendarDay listed = days.get(date);
        if (listed != null) {
            return !listed.offDay();
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS + ": " + n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
