package org.gongkai.calendar;

import java.time.Instant;
import java.util.List;

/** Holiday notices imported through the console, kept in the database. */
public interface CalendarRepository {

    List<CalendarYear> findAll();

    /** Stores the notice, replacing the same year's earlier import entirely. */
    void save(HolidayNotice notice, Instant loadedAt, String loadedBy);
}
