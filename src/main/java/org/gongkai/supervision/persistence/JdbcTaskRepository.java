package org.gongkai.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.supervision.Task;
import org.gongkai.supervision.TaskRepository;
import org.gongkai.supervision.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTaskRepository implements TaskRepository {

    private static final String SELECT =
            "select t.id, t.finding_id, t.notice_id, t.unit_code, f.message, t.assigned_on,"
                    + " t.deadline, t.status, t.answer, t.answered_on, t.answered_by, t.file_name, t.decided_on,"
                    + " t.decided_by, t.decision_note, t.version from supervision_task t"
                    + " join supervision_finding f on f.id = t.finding_id";
    private final JdbcClient jdbc;

    JdbcTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Collection<String> units(Collection<String> units) {
        return units.isEmpty() ? List.of("") : units;
    }

    private static List<String> withUnit() {
        return TaskStatus.WITH_UNIT.stream().map(Enum::name).toList();
    }

    @Override
    public long insert(long findingId, Long noticeId, String unitCode, LocalDate assignedOn, LocalDate deadline) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into supervision_task (finding_id, notice_id, unit_code, assigned_on, deadline, status)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(findingId, noticeId, unitCode, assignedOn, deadline, TaskStatus.OPEN.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public Optional<Task> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?")
                .param(id)
                .query(JdbcTaskRepository::map)
                .optional();
    }

    @Override
    public List<Task> ofUnits(Collection<String> units) {
        return jdbc.sql(SELECT + " where t.unit_code in (:units) order by t.deadline, t.id")
                .param("units", units(units))
                .query(JdbcTaskRepository::map)
                .list();
    }

    @Override
    public List<Task> ofNotice(long noticeId) {
        return jdbc.sql(SELECT + " where t.notice_id = ? order by t.unit_code, t.id")
                .param(noticeId)
                .query(JdbcTaskRepository::map)
                .list();
    }

    @Override
    public boolean answer(
            long id,
            int version,
            String answer,
            LocalDate on,
            String by,
            String fileName,
            String fileType,
            byte[] file) {
        if (file == null) {
            return jdbc.sql("update supervision_task set status = ?, answer = ?, answered_on = ?, answered_by = ?,"
                                    + " version = version + 1 where id = ? and version = ?")
                            .params(TaskStatus.ANSWERED.name(), answer, on, by, id, version)
                            .update()
                    == 1;
        }
        return jdbc.sql("update supervision_task set status = ?, answer = ?, answered_on = ?, answered_by = ?,"
                                + " file_name = ?, file_type = ?, file_content = ?, version = version + 1"
                                + " where id = ? and version = ?")
                        .params(TaskStatus.ANSWERED.name(), answer, on, by, fileName, fileType, file, id, version)
                        .update()
                == 1;
    }

    @Override
    public boolean decide(long id, int version, TaskStatus status, LocalDate on, String by, String note) {
        return jdbc.sql("update supervision_task set status = ?, decided_on = ?, decided_by = ?, decision_note = ?,"
                                + " version = version + 1 where id = ? and version = ?")
                        .params(status.name(), on, by, note, id, version)
                        .update()
                == 1;
    }

    @Override
    public Optional<StoredFile> file(long id) {
        return jdbc.sql("select file_name, file_type, file_content from supervision_task where id = ?"
                        + " and file_content is not null")
                .param(id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    @Override
    public Map<String, Long> overdue(Collection<String> units, LocalDate today) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select unit_code, count(*) from supervision_task where unit_code in (:units)"
                        + " and status in (:with) and deadline < :today group by 1")
                .param("units", units(units))
                .param("with", withUnit())
                .param("today", today)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    @Override
    public Map<String, Long> overdueIn(Collection<String> units, int year, LocalDate today) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select unit_code, count(*) from supervision_task where unit_code in (:units)"
                        + " and deadline between :start and :end and (answered_on > deadline"
                        + " or (status in (:with) and deadline < :today)) group by 1")
                .param("units", units(units))
                .param("with", withUnit())
                .param("today", today)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    @Override
    public Map<String, long[]> countsIn(Collection<String> units, int year) {
        Map<String, long[]> out = new HashMap<>();
        jdbc.sql("select unit_code, status, count(*) from supervision_task where unit_code in (:units)"
                        + " and assigned_on between :start and :end group by 1, 2")
                .param("units", units(units))
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), u -> new long[TaskStatus.values().length])[
                                    TaskStatus.valueOf(rs.getString(2)).ordinal()] +=
                            rs.getLong(3);
                });
        return out;
    }

    static Task map(ResultSet rs, int n) throws SQLException {
        return new Task(
                rs.getLong("id"),
                rs.getLong("finding_id"),
                rs.getObject("notice_id", Long.class),
                rs.getString("unit_code"),
                rs.getString("message"),
                rs.getObject("assigned_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getString("answer"),
                rs.getObject("answered_on", LocalDate.class),
                rs.getString("answered_by"),
                rs.getString("file_name"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"),
                rs.getString("decision_note"),
                rs.getInt("version"));
    }
}
