package org.gongkai.platform;

import java.time.ZoneId;
import java.util.Locale;

/** Where the platform runs: user-facing text is simplified Chinese and government business runs on Beijing time. */
public final class China {

    /** The language of every page, letter and message. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    /** Beijing time: the clock's zone and the zone of every date shown or counted. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private China() {}
}
