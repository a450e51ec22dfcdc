package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The State Council's holiday notice for one year (国务院办公厅关于某年部分节假日安排的通知) as data: the holidays and
 * make-up working days it sets. A day of the previous December may belong to it (e.g. the 2019 notice moves
 * 2018-12-29 to a working Saturday for the New Year holiday).
 *
 * @param year   the year the notice is for
 * @param source where the data came from (bundled, a file name, ...); free text
 * @param papers addresses of the notice and of its amendments
 * @param days   the days it names, sorted by date, each date once
 */
public record HolidayNotice(int year, String source, List<String> papers, List<CalendarDay> days) {

    public HolidayNotice {
        Objects.requireNonNull(days, "days");
        source = source == null ? "" : source;
        papers = papers == null ? List.of() : List.copyOf(papers);
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** Whether a date may appear in the notice for {@code year}: in that year, or in the previous December. */
    public static boolean belongsTo(LocalDate date, int year) {
        return date.getYear() == year || (date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER);
    }

    public Optional<CalendarDay> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    public long holidayCount() {
        return days.stream().filter(CalendarDay::offDay).count();
    }

    public long makeUpDayCount() {
        return days.stream().filter(CalendarDay::makeUpWorkingDay).count();
    }
}
