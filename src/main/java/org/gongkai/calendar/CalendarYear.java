package org.gongkai.calendar;

import java.time.Instant;

/**
 * A loaded year as the console lists it.
 *
 * @param origin   {@code bundled}, {@code data-dir} (imported on the command line) or {@code imported} (console)
 * @param loadedAt when it was imported; null for bundled years
 * @param loadedBy who imported it; null for bundled and command-line years
 */
public record CalendarYear(HolidayNotice notice, String origin, Instant loadedAt, String loadedBy) {

    public static final String BUNDLED = "bundled";
    public static final String DATA_DIR = "data-dir";
    public static final String IMPORTED = "imported";

    public int year() {
        return notice.year();
    }
}
