package org.gongkai.calendar.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.CalendarRepository;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.HolidayNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCalendarRepository implements CalendarRepository {

    private final JdbcClient jdbc;

    JdbcCalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(int year, String source, String papers, Instant loadedAt, String loadedBy) {}

    @Override
    public List<CalendarYear> findAll() {
        List<Row> rows = jdbc.sql("select year, source, papers, loaded_at, loaded_by from calendar_year order by year")
                .query((rs, i) -> new Row(
                        rs.getInt("year"),
                        rs.getString("source"),
                        rs.getString("papers"),
                        rs.getTimestamp("loaded_at").toInstant(),
                        rs.getString("loaded_by")))
                .list();
        Map<Integer, List<CalendarDay>> days = new LinkedHashMap<>();
        jdbc.sql("select year, date, off_day, name from calendar_day order by date")
                .query(rs -> {
                    days.computeIfAbsent(rs.getInt("year"), y -> new ArrayList<>())
                            .add(new CalendarDay(
                                    rs.getObject("date", LocalDate.class),
                                    rs.getBoolean("off_day"),
                                    rs.getString("name")));
                });
        List<CalendarYear> years = new ArrayList<>();
        for (Row r : rows) {
            List<String> papers =
                    r.papers().isBlank() ? List.of() : Arrays.asList(r.papers().split("\n"));
            HolidayNotice n = new HolidayNotice(r.year(), r.source(), papers, days.getOrDefault(r.year(), List.of()));
            years.add(new CalendarYear(n, CalendarYear.IMPORTED, r.loadedAt(), r.loadedBy()));
        }
        return years;
    }

    @Override
    @Transactional
    public void save(HolidayNotice notice, Instant loadedAt, String loadedBy) {
        jdbc.sql("delete from calendar_year where year = ?")
                .param(notice.year())
                .update();
        jdbc.sql("insert into calendar_year (year, source, papers, loaded_at, loaded_by) values (?, ?, ?, ?, ?)")
                .params(
                        notice.year(),
                        notice.source(),
                        String.join("\n", notice.papers()),
                        Timestamp.from(loadedAt),
                        loadedBy)
                .update();
        for (CalendarDay d : notice.days()) {
            jdbc.sql("insert into calendar_day (year, date, off_day, name) values (?, ?, ?, ?)")
                    .params(notice.year(), d.date(), d.offDay(), d.name())
                    .update();
        }
    }
}
