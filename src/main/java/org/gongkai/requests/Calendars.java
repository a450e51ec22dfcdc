package org.gongkai.requests;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.platform.errors.ConflictException;

/** A step that needs a working-day count it cannot get is refused (409), naming the missing year. */
final class Calendars {

    private Calendars() {}

    static int require(IntSupplier count) {
        try {
            return count.getAsInt();
        } catch (MissingCalendarYearException e) {
            throw new ConflictException("error.request.calendar-missing", String.valueOf(e.year()));
        }
    }

    static <T> T require(Supplier<T> value) {
        try {
            return value.get();
        } catch (MissingCalendarYearException e) {
            throw new ConflictException("error.request.calendar-missing", String.valueOf(e.year()));
        }
    }
}
