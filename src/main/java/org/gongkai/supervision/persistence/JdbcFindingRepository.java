package org.gongkai.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.supervision.Finding;
import org.gongkai.supervision.FindingEvent;
import org.gongkai.supervision.FindingRepository;
import org.gongkai.supervision.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFindingRepository implements FindingRepository {

    private static final String COLUMNS = "id, code, unit_code, subject, severity, message, evidence, round_id,"
            + " detected_on, last_seen_on, resolved_on";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcFindingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Collection<String> units(Collection<String> units) {
        return units.isEmpty() ? List.of("") : units;
    }

    @Override
    public List<Finding> selfInspected(Collection<String> units) {
        return jdbc.sql("select " + COLUMNS + " from supervision_finding where unit_code in (:units)"
                        + " and round_id is null")
                .param("units", units(units))
                .query(JdbcFindingRepository::map)
                .list();
    }

    @Override
    public List<Finding> open(Collection<String> units) {
        return jdbc.sql("select " + COLUMNS + " from supervision_finding where unit_code in (:units)"
                        + " and resolved_on is null order by unit_code,"
                        + " array_position(array['HIGH','MEDIUM','LOW']::varchar[], severity), detected_on, id")
                .param("units", units(units))
                .query(JdbcFindingRepository::map)
                .list();
    }

    @Override
    public Optional<Finding> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_finding where id = ?")
                .param(id)
                .query(JdbcFindingRepository::map)
                .optional();
    }

    @Override
    public long insert(Finding f) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into supervision_finding (code, unit_code, subject, severity, message, evidence, round_id,"
                        + " detected_on, last_seen_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        f.code(),
                        f.unitCode(),
                        f.subject(),
                        f.severity().name(),
                        f.message(),
                        f.evidence(),
                        f.roundId(),
                        f.detectedOn(),
                        f.lastSeenOn())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public List<Long> insertAll(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        int n = findings.size();
        String[] code = new String[n];
        String[] unit = new String[n];
        String[] subject = new String[n];
        String[] severity = new String[n];
        String[] message = new String[n];
        String[] evidence = new String[n];
        java.sql.Date[] on = new java.sql.Date[n];
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            code[i] = f.code();
            unit[i] = f.unitCode();
            subject[i] = f.subject();
            severity[i] = f.severity().name();
            message[i] = f.message();
            evidence[i] = f.evidence();
            on[i] = java.sql.Date.valueOf(f.detectedOn());
        }
        return template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement("insert into supervision_finding (code, unit_code, subject, severity,"
                    + " message, evidence, detected_on, last_seen_on) select c, u, s, v, m, e, d, d from unnest(?::varchar[],"
                    + " ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::varchar[], ?::date[])"
                    + " as t(c, u, s, v, m, e, d) returning id, code, unit_code, subject")) {
                ps.setArray(1, c.createArrayOf("varchar", code));
                ps.setArray(2, c.createArrayOf("varchar", unit));
                ps.setArray(3, c.createArrayOf("varchar", subject));
                ps.setArray(4, c.createArrayOf("varchar", severity));
                ps.setArray(5, c.createArrayOf("text", message));
                ps.setArray(6, c.createArrayOf("varchar", evidence));
                ps.setArray(7, c.createArrayOf("date", on));
                java.util.Map<String, Long> byKey = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byKey.put(rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4), rs.getLong(1));
                    }
                }
                List<Long> ids = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ids.add(byKey.get(code[i] + "|" + unit[i] + "|" + subject[i]));
                }
                return ids;
            }
        });
    }

    @Override
    public void seen(Collection<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return;
        }
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    "update supervision_finding set last_seen_on = ? where id = any(?) and last_seen_on <> ?")) {
                ps.setObject(1, today);
                ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
                ps.setObject(3, today);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void refresh(Collection<Finding> findings) {
        List<Object[]> rows = new ArrayList<>();
        findings.forEach(f -> rows.add(new Object[] {f.message(), f.severity().name(), f.evidence(), f.id()}));
        template.batchUpdate(
                "update supervision_finding set message = ?, severity = ?, evidence = ? where id = ?", rows);
    }

    @Override
    public void resolve(Collection<Long> ids, LocalDate today) {
        List<Object[]> rows = ids.stream().map(id -> new Object[] {today, id}).toList();
        template.batchUpdate("update supervision_finding set resolved_on = ? where id = ?", rows);
    }

    @Override
    public void reopen(Collection<Long> ids) {
        List<Object[]> rows = ids.stream().map(id -> new Object[] {id}).toList();
        template.batchUpdate("update supervision_finding set resolved_on = null where id = ?", rows);
    }

    @Override
    public void record(Collection<FindingEvent> events) {
        List<Object[]> rows = events.stream()
                .map(e -> new Object[] {
                    e.findingId(), e.onDate(), Timestamp.from(e.at()), e.actor(), e.action(), e.detail()
                })
                .toList();
        template.batchUpdate(
                "insert into supervision_finding_event (finding_id, on_date, at, actor, action, detail)"
                        + " values (?, ?, ?, ?, ?, ?)",
                rows);
    }

    @Override
    public List<FindingEvent> history(long id) {
        return jdbc.sql("select finding_id, on_date, at, actor, action, detail from supervision_finding_event"
                        + " where finding_id = ? order by id")
                .param(id)
                .query((rs, n) -> new FindingEvent(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Override
    public Map<String, long[]> detectedIn(Collection<String> units, int year) {
        Map<String, long[]> out = new HashMap<>();
        jdbc.sql("select unit_code, severity, count(*) from supervision_finding where unit_code in (:units)"
                        + " and detected_on between :start and :end group by 1, 2")
                .param("units", units(units))
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), u -> new long[Severity.values().length])[
                                    Severity.valueOf(rs.getString(2)).ordinal()] +=
                            rs.getLong(3);
                });
        return out;
    }

    static Finding map(ResultSet rs, int n) throws SQLException {
        Long round = rs.getObject("round_id", Long.class);
        return new Finding(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("unit_code"),
                rs.getString("subject"),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("message"),
                rs.getString("evidence"),
                round,
                rs.getObject("detected_on", LocalDate.class),
                rs.getObject("last_seen_on", LocalDate.class),
                rs.getObject("resolved_on", LocalDate.class));
    }
}
