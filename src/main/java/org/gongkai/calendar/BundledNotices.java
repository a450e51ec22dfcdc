package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The holiday notices that ship with the application: {@code calendar/<year>.json} on the class path, listed in
 * {@code calendar/years.txt}. Converted from holiday-cn (MIT, licence alongside).
 */
public final class BundledNotices {

    public static final String SOURCE = "bundled";

    private BundledNotices() {}

    public static List<HolidayNotice> load() {
        List<HolidayNotice> notices = new ArrayList<>();
        for (String line : read("calendar/years.txt").split("\n")) {
            String y = line.strip();
            if (y.isEmpty() || y.startsWith("#")) {
                continue;
            }
            byte[] json = read("calendar/" + y + ".json").getBytes(StandardCharsets.UTF_8);
            HolidayNotice n = NoticeJson.parse(json, SOURCE);
            if (n.year() != Integer.parseInt(y)) {
                throw new IllegalStateException("calendar/" + y + ".json holds the notice for " + n.year());
            }
            notices.add(n);
        }
        return notices;
    }

    private static String read(String resource) {
        try (InputStream in = BundledNotices.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
