package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese lunisolar calendar (农历) as the 2017 national standard GB/T 33661 defines it: months begin on the
 * Beijing day of the new moon; month 11 holds the winter solstice; in a year of 13 months from one month 11 to
 * the next, the first month without a major solar term (中气) is the leap month. New moons after Meeus,
 * Astronomical Algorithms, ch. 49 (within seconds); solar terms from {@link SolarTerms}.
 */
final class LunarCalendar {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final double WINTER_SOLSTICE = 270.0;

    private LunarCalendar() {}

    /** The Gregorian date of {@code day} of the (not leap) lunar {@code month} of the Chinese year starting in year. */
    static LocalDate date(int year, int month, int day) {
        LocalDate solstice0 = SolarTerms.dayOf(year - 1, WINTER_SOLSTICE);
        LocalDate solstice1 = SolarTerms.dayOf(year, WINTER_SOLSTICE);
        List<LocalDate> moons = newMoons(solstice0.minusDays(40), solstice1.plusDays(40));
        int start = lastOnOrBefore(moons, solstice0);
        int end = lastOnOrBefore(moons, solstice1);
        int leap = end - start == 13 ? leapIndex(moons, start, end, year) : -1;
        int number = 11;
        for (int i = start; i < end; i++) {
            if (i > start && i != leap) {
                number = number % 12 + 1;
            }
            if (number == month && i != leap && number != 11 && number != 12) {
                return moons.get(i).plusDays(day - 1L);
            }
        }
        throw new IllegalArgumentException("no lunar month " + month + " in the year starting " + year);
    }

    /** The first month (after month 11) holding no major solar term, in a year of 13 months. */
    private static int leapIndex(List<LocalDate> moons, int start, int end, int year) {
        List<LocalDate> terms = new ArrayList<>();
        for (int lon = 0; lon < 360; lon += 30) {
            terms.add(SolarTerms.dayOf(year, lon));
        }
        for (int i = start + 1; i < end; i++) {
            LocalDate from = moons.get(i);
            LocalDate to = moons.get(i + 1);
            if (terms.stream().noneMatch(t -> !t.isBefore(from) && t.isBefore(to))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastOnOrBefore(List<LocalDate> moons, LocalDate day) {
        int found = -1;
        for (int i = 0; i < moons.size(); i++) {
            if (!moons.get(i).isAfter(day)) {
                found = i;
            }
        }
        return found;
    }

    /** The Beijing dates of the new moons between two dates. */
    static List<LocalDate> newMoons(LocalDate from, LocalDate to) {
        double years = (from.toEpochDay() - LocalDate.of(2000, 1, 6).toEpochDay()) / 365.2425;
        long k = (long) Math.floor(years * 12.3685) - 1;
        List<LocalDate> moons = new ArrayList<>();
        while (true) {
            LocalDate d = beijingDate(newMoon(k++));
            if (d.isAfter(to)) {
                return moons;
            }
            if (!d.isBefore(from)) {
                moons.add(d);
            }
        }
    }

    private static LocalDate beijingDate(double jde) {
        double jdUt = jde - deltaT(jde) / 86400.0;
        long millis = Math.round((jdUt - 2440587.5) * 86400000.0);
        return Instant.ofEpochMilli(millis).atOffset(BEIJING).toLocalDate();
    }

    /** Terrestrial minus universal time in seconds (Espenak and Meeus, 2005-2050 polynomial, extended). */
    private static double deltaT(double jde) {
        double y = 2000.0 + (jde - 2451545.0) / 365.25;
        double t = y - 2000.0;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }

    /** The Julian ephemeris day of the new moon number {@code k} (k = 0: 6 January 2000). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double jde = 2451550.09766
                + 29.530588861 * k
                + 0.00015437 * t * t
                - 0.000000150 * t * t * t
                + 0.00000000073 * t * t * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
        double mp = rad(
                201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t - 0.000000058 * t * t * t * t);
        double f = rad(
                160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t + 0.000000011 * t * t * t * t);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
            {299.77, 0.107408, 325}, {251.88, 0.016321, 165}, {251.83, 26.651886, 164}, {349.42, 36.412478, 126},
            {84.66, 18.206239, 110}, {141.74, 53.303771, 62}, {207.14, 2.453732, 60}, {154.84, 7.306860, 56},
            {34.52, 27.261239, 47}, {207.19, 0.121824, 42}, {291.34, 1.844379, 40}, {161.72, 24.198154, 37},
            {239.56, 25.513099, 35}, {331.55, 3.592518, 23}
        };
        double a = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t * t : 0);
            a += planetary[i][2] * 0.000001 * Math.sin(rad(arg));
        }
        return jde + c + a;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }
}
