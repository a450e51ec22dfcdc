package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays that the 全国年节及纪念日放假办法 fixes for every year, before the State Council's notice
 * arranges them (调休) into that year's calendar: 元旦 1 January; 春节 (from 2025 the lunar New Year's Eve and
 * the first three days of the first month, before 2025 the first three days); 清明 (the day the solar term
 * begins); 劳动节 (from 2025 1–2 May, before 1 May); 端午 (5th day of the 5th month); 中秋 (15th day of the 8th
 * month); 国庆 1–3 October. Lunar dates come from {@link LunarCalendar}, 清明 from the sun's longitude ({@link SolarTerms}).
 *
 * <p>A year without its notice is reckoned on these days and the weekends: the date is provisional, because the
 * notice usually moves some weekend days (make-up working days) and adds bridge days.
 */
public final class StatutoryHolidays {

    /** The year the 2024 revision of the 放假办法 took effect (春节 and 劳动节 one day longer). */
    static final int REVISION_2024_IN_FORCE = 2025;

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private StatutoryHolidays() {}

    /** The statutory holidays of a year, each with its festival's name (元旦, 春节, …), in date order. */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    /** A working day as the law alone decides it: a weekday that is not a statutory holiday. */
    public static boolean isUsualWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && !of(date.getYear()).containsKey(date);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate newYear = LunarCalendar.date(year, 1, 1);
        boolean revised = year >= REVISION_2024_IN_FORCE;
        for (int i = revised ? -1 : 0; i <= 2; i++) {
            days.put(newYear.plusDays(i), "春节");
        }
        days.put(SolarTerms.dayOf(year, SolarTerms.QINGMING), "清明节");
        days.put(LocalDate.of(year, 5, 1), "劳动节");
        if (revised) {
            days.put(LocalDate.of(year, 5, 2), "劳动节");
        }
        days.put(LunarCalendar.date(year, 5, 5), "端午节");
        days.put(LunarCalendar.date(year, 8, 15), "中秋节");
        for (int d = 1; d <= 3; d++) {
            days.put(LocalDate.of(year, 10, d), "国庆节");
        }
        return Collections.unmodifiableMap(days);
    }
}
