package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day a solar term (节气) begins in China, from the sun's apparent ecliptic longitude (Meeus, Astronomical
 * Algorithms, ch. 25, low accuracy: about 0.01°, a quarter of an hour). 清明 begins when the longitude reaches
 * 15°; the day is the date in Beijing time (UTC+8) of that moment.
 */
final class SolarTerms {

    static final double QINGMING = 15.0;
    private static final double J2000 = 2451545.0;
    private static final double DEGREES_PER_DAY = 360.0 / 365.2422;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Terrestrial minus universal time, about 69 s in the 2020s; far below the method's accuracy. */
    private static final double DELTA_T_DAYS = 70.0 / 86400.0;

    private SolarTerms() {}

    /** The Beijing date on which the sun's apparent longitude reaches {@code longitude} in {@code year}. */
    static LocalDate dayOf(int year, double longitude) {
        // a first guess: the March equinox (0°) is near 20 March; the sun moves about 0.9856° a day; the terms
        // past the winter solstice (270°) that fall in January and February belong to the start of the year
        double days = longitude / DEGREES_PER_DAY - (longitude > 280 ? 365.2422 : 0);
        double jd = julianDay(LocalDate.of(year, 3, 20)) + days;
        for (int i = 0; i < 8; i++) {
            double diff = normalise(longitude - apparentLongitude(jd + DELTA_T_DAYS));
            jd += diff / DEGREES_PER_DAY;
            if (Math.abs(diff) < 1e-7) {
                break;
            }
        }
        long millis = Math.round((jd - 2440587.5) * 86400000.0);
        return Instant.ofEpochMilli(millis).atOffset(BEIJING).toLocalDate();
    }

    /** The sun's apparent geocentric longitude in degrees at the Julian ephemeris day {@code jde}. */
    static double apparentLongitude(double jde) {
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360.0) + 360.0) % 360.0;
    }

    private static double julianDay(LocalDate date) {
        return date.toEpochDay() + 2440587.5;
    }

    /** An angle difference in (-180, 180]. */
    private static double normalise(double degrees) {
        double d = ((degrees % 360.0) + 360.0) % 360.0;
        return d > 180.0 ? d - 360.0 : d;
    }
}
