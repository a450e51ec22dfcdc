package org.gongkai.platform;

import java.time.ZoneId;
import java.util.Locale;

/** Where the platform runs: user-facing text is simplified Chinese and government business runs on Beijing time. */
public final class China {

    /** The language of every page, letter and message. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    /** Beijing time, as a name (for annotations such as {@code @Scheduled(zone = ...)}). */
    public static final String ZONE_ID = "Asia/Shanghai";

    /** Beijing time: the clock's zone and the zone of every date shown or counted. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private China() {}
}
