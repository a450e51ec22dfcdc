package org.gongkai.annualreport.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.annualreport.ReportRecord;
import org.gongkai.annualreport.ReportRepository;
import org.gongkai.annualreport.ReportStatus;
import org.gongkai.annualreport.SignOffEvent;
import org.gongkai.annualreport.SignOffStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReportRepository implements ReportRepository {

    private static final String COLUMNS = "id, unit_code, year, status, overview, problems, other_matters, comment, "
            + "frozen_json, submitted_by, submitted_at, approved_by, approved_at, published_by, published_on, version";
    private final JdbcClient jdbc;

    JdbcReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReportRecord> find(String unitCode, int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where unit_code = ? and year = ?")
                .params(unitCode, year)
                .query(this::map)
                .optional();
    }

    @Override
    public ReportRecord findOrCreate(String unitCode, int year) {
        jdbc.sql("insert into annual_report (unit_code, year) values (?, ?) on conflict (unit_code, year) do nothing")
                .params(unitCode, year)
                .update();
        return find(unitCode, year).orElseThrow();
    }

    @Override
    public boolean save(ReportRecord r) {
        return jdbc.sql("""
                update annual_report set status = ?, overview = ?, problems = ?, other_matters = ?, comment = ?,
                    frozen_json = ?, submitted_by = ?, submitted_at = ?, approved_by = ?, approved_at = ?,
                    published_by = ?, published_on = ?, version = version + 1
                where id = ? and version = ?""")
                        .params(
                                r.status().name(),
                                r.overview(),
                                r.problems(),
                                r.otherMatters(),
                                r.comment(),
                                r.frozenJson(),
                                r.submittedBy(),
                                ts(r.submittedAt()),
                                r.approvedBy(),
                                ts(r.approvedAt()),
                                r.publishedBy(),
                                r.publishedOn() == null ? null : Date.valueOf(r.publishedOn()),
                                r.id(),
                                r.version())
                        .update()
                == 1;
    }

    @Override
    public boolean lockedStatusExists(String unitCode, int year) {
        return jdbc.sql("select count(*) from annual_report where unit_code = :unit and year = :year "
                                + "and status in (:locking)")
                        .param("unit", unitCode)
                        .param("year", year)
                        .param(
                                "locking",
                                ReportStatus.LOCKING.stream().map(Enum::name).toList())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<ReportRecord> forYear(int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where year = ? order by unit_code")
                .param(year)
                .query(this::map)
                .list();
    }

    @Override
    public List<ReportRecord> forUnit(String unitCode) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where unit_code = ? order by year desc")
                .param(unitCode)
                .query(this::map)
                .list();
    }

    @Override
    public void storeSnapshot(String unitCode, int year, SnapshotKind kind, String json, String html, String actor) {
        jdbc.sql("update annual_report_snapshot set current = false where unit_code = ? and year = ? and kind = ? "
                        + "and current")
                .params(unitCode, year, kind.name())
                .update();
        jdbc.sql("insert into annual_report_snapshot (unit_code, year, kind, json, html, created_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(unitCode, year, kind.name(), json, html, actor)
                .update();
    }

    @Override
    public Optional<Snapshot> currentSnapshot(String unitCode, int year, SnapshotKind kind) {
        return jdbc.sql("select unit_code, year, kind, json, html from annual_report_snapshot "
                        + "where unit_code = ? and year = ? and kind = ? and current")
                .params(unitCode, year, kind.name())
                .query(JdbcReportRepository::snapshot)
                .optional();
    }

    @Override
    public List<UnitYear> publishedUnitYears() {
        return jdbc.sql("select unit_code, year from annual_report_snapshot "
                        + "where kind = ? and current order by year desc, unit_code")
                .param(SnapshotKind.PUBLISHED.name())
                .query((rs, n) -> new UnitYear(rs.getString("unit_code"), rs.getInt("year")))
                .list();
    }

    @Override
    public List<SignOffEvent> history(String unitCode, int year) {
        return jdbc.sql("""
                select e.step, e.actor, e.at, e.on_date, e.from_status, e.to_status, e.reason, e.correction
                from annual_report_event e join annual_report r on r.id = e.report_id
                where r.unit_code = ? and r.year = ? order by e.id""")
                .params(unitCode, year)
                .query((rs, n) -> new SignOffEvent(
                        SignOffStep.valueOf(rs.getString("step")),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getDate("on_date").toLocalDate(),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getString("reason"),
                        rs.getBoolean("correction")))
                .list();
    }

    @Override
    public void append(long reportId, List<SignOffEvent> events) {
        for (SignOffEvent e : events) {
            jdbc.sql("""
                    insert into annual_report_event
                        (report_id, at, on_date, actor, step, from_status, to_status, reason, correction)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            reportId,
                            Timestamp.from(e.at()),
                            Date.valueOf(e.onDate()),
                            e.actor(),
                            e.step().name(),
                            e.from() == null ? null : e.from().name(),
                            e.to() == null ? null : e.to().name(),
                            e.reason(),
                            e.correction())
                    .update();
        }
    }

    private static ReportStatus status(String name) {
        return name == null ? null : ReportStatus.valueOf(name);
    }

    private static Snapshot snapshot(ResultSet rs, int row) throws SQLException {
        return new Snapshot(
                rs.getString("unit_code"),
                rs.getInt("year"),
                SnapshotKind.valueOf(rs.getString("kind")),
                rs.getString("json"),
                rs.getString("html"));
    }

    private ReportRecord map(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("published_on");
        return new ReportRecord(
                rs.getLong("id"),
                rs.getString("unit_code"),
                rs.getInt("year"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("overview"),
                rs.getString("problems"),
                rs.getString("other_matters"),
                rs.getString("comment"),
                rs.getString("frozen_json"),
                rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")),
                rs.getString("published_by"),
                published == null ? null : published.toLocalDate(),
                rs.getInt("version"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
