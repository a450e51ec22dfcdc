package org.gongkai.supervision.persistence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.supervision.Activity;
import org.gongkai.supervision.ActivityKind;
import org.gongkai.supervision.ActivityRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActivityRepository implements ActivityRepository {

    private final JdbcClient jdbc;

    JdbcActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(Activity a) {
        return jdbc.sql("insert into supervision_activity (government_code, kind, held_on, topic, units, attendees,"
                        + " recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        a.governmentCode(),
                        a.kind().name(),
                        a.heldOn(),
                        a.topic(),
                        String.join(",", a.unitCodes()),
                        a.attendees(),
                        a.recordedBy())
                .query(Long.class)
                .single();
    }

    @Override
    public List<Activity> ofGovernment(String governmentCode, int year) {
        return jdbc.sql("select id, government_code, kind, held_on, topic, units, attendees, recorded_by"
                        + " from supervision_activity where government_code = ? and held_on between ? and ?"
                        + " order by held_on desc, id desc")
                .params(governmentCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Activity(
                        rs.getLong(1),
                        rs.getString(2),
                        ActivityKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        List.of(rs.getString(6).split(",")),
                        rs.getInt(7),
                        rs.getString(8)))
                .list();
    }

    @Override
    public Map<ActivityKind, long[]> countsIn(String governmentCode, int year) {
        Map<ActivityKind, long[]> out = new EnumMap<>(ActivityKind.class);
        jdbc.sql("select kind, count(*), coalesce(sum(attendees), 0) from supervision_activity"
                        + " where government_code = ? and held_on between ? and ? group by kind")
                .params(governmentCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.put(ActivityKind.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return out;
    }

    @Override
    public long[] supervisionCounts(String governmentCode, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long rounds = jdbc.sql("select count(*) from supervision_round where government_code = ?"
                        + " and starts_on between ? and ?")
                .params(governmentCode, start, end)
                .query(Long.class)
                .single();
        long notices = jdbc.sql("select count(*) from supervision_notice where government_code = ? and year = ?")
                .params(governmentCode, year)
                .query(Long.class)
                .single();
        long tasks = jdbc.sql("select count(*) from supervision_task t join supervision_notice n on n.id = t.notice_id"
                        + " where n.government_code = ? and t.assigned_on between ? and ?")
                .params(governmentCode, start, end)
                .query(Long.class)
                .single();
        return new long[] {rounds, notices, tasks};
    }
}
