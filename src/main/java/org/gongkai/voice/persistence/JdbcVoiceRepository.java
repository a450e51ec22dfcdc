package org.gongkai.voice.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.voice.AccountStatus;
import org.gongkai.voice.DecisionStage;
import org.gongkai.voice.MajorDecision;
import org.gongkai.voice.MediaAccount;
import org.gongkai.voice.PowerListVersion;
import org.gongkai.voice.PublicResponse;
import org.gongkai.voice.ReadingPoint;
import org.gongkai.voice.ResponseKind;
import org.gongkai.voice.ServiceFigures;
import org.gongkai.voice.VoiceRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVoiceRepository implements VoiceRepository {

    private final JdbcClient jdbc;

    JdbcVoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long addReadingPoint(ReadingPoint p, String by, Instant at) {
        return insert(
                "insert into voice_reading_point (unit_code, name, address, hours, phone, materials, updated_by,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                p.unitCode(),
                p.name(),
                p.address(),
                p.hours(),
                p.phone(),
                p.materials(),
                by,
                Timestamp.from(at));
    }

    @Override
    public List<ReadingPoint> readingPoints() {
        return jdbc.sql("select * from voice_reading_point where active order by unit_code, id")
                .query((rs, n) -> new ReadingPoint(
                        rs.getLong("id"),
                        rs.getString("unit_code"),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getString("hours"),
                        rs.getString("phone"),
                        rs.getString("materials")))
                .list();
    }

    @Override
    public long addAccount(MediaAccount a, String by, Instant at) {
        return insert(
                "insert into voice_media_account (unit_code, platform, name, filed_on, status, last_update_on,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                a.unitCode(),
                a.platform(),
                a.name(),
                Date.valueOf(a.filedOn()),
                a.status().name(),
                date(a.lastUpdateOn()),
                by,
                Timestamp.from(at));
    }

    @Override
    public Optional<MediaAccount> account(long id) {
        return withChecks(jdbc.sql("select * from voice_media_account where id = ?")
                        .param(id)
                        .query((rs, n) -> account(rs))
                        .list())
                .stream()
                .findFirst();
    }

    @Override
    public List<MediaAccount> accounts() {
        return withChecks(jdbc.sql("select * from voice_media_account order by unit_code, id")
                .query((rs, n) -> account(rs))
                .list());
    }

    /** The accounts with their checks, newest first, read in one query for all of them. */
    private List<MediaAccount> withChecks(List<MediaAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, List<MediaAccount.Check>> checks = new HashMap<>();
        jdbc.sql("select * from voice_media_check where account_id = any(?) order by checked_on desc, id desc")
                .param(accounts.stream().map(MediaAccount::id).toArray(Long[]::new))
                .query(rs -> {
                    checks.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>())
                            .add(new MediaAccount.Check(
                                    rs.getDate("checked_on").toLocalDate(),
                                    rs.getBoolean("passed"),
                                    rs.getString("note"),
                                    rs.getString("checked_by")));
                });
        return accounts.stream()
                .map(a -> new MediaAccount(
                        a.id(),
                        a.unitCode(),
                        a.platform(),
                        a.name(),
                        a.filedOn(),
                        a.status(),
                        a.closedOn(),
                        a.closureReason(),
                        a.lastUpdateOn(),
                        checks.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** An account row without its checks ({@link #withChecks} adds them). */
    private static MediaAccount account(ResultSet rs) throws SQLException {
        return new MediaAccount(
                rs.getLong("id"),
                rs.getString("unit_code"),
                rs.getString("platform"),
                rs.getString("name"),
                rs.getDate("filed_on").toLocalDate(),
                AccountStatus.valueOf(rs.getString("status")),
                localDate(rs, "closed_on"),
                rs.getString("closure_reason"),
                localDate(rs, "last_update_on"),
                List.of());
    }

    @Override
    public void closeAccount(MediaAccount a) {
        jdbc.sql("update voice_media_account set status = ?, closed_on = ?, closure_reason = ? where id = ?")
                .params(a.status().name(), date(a.closedOn()), a.closureReason(), a.id())
                .update();
    }

    @Override
    public void addCheck(long accountId, MediaAccount.Check check, LocalDate lastUpdateOn) {
        jdbc.sql("insert into voice_media_check (account_id, checked_on, passed, note, checked_by)"
                        + " values (?, ?, ?, ?, ?)")
                .params(accountId, Date.valueOf(check.checkedOn()), check.passed(), check.note(), check.checkedBy())
                .update();
        if (lastUpdateOn != null) {
            jdbc.sql("update voice_media_account set last_update_on = ? where id = ?")
                    .params(Date.valueOf(lastUpdateOn), accountId)
                    .update();
        }
    }

    @Override
    public int nextPowerListVersion(String unitCode) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from voice_power_list where unit_code = ?")
                .param(unitCode)
                .query(Integer.class)
                .single();
    }

    @Override
    public long addPowerList(PowerListVersion v, String by, Instant at) {
        return insert(
                "insert into voice_power_list (unit_code, version, effective_on, item_count, changes, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)",
                v.unitCode(),
                v.version(),
                Date.valueOf(v.effectiveOn()),
                v.itemCount(),
                v.changes(),
                by,
                Timestamp.from(at));
    }

    @Override
    public List<PowerListVersion> powerLists() {
        return jdbc.sql("select * from voice_power_list order by unit_code, version desc")
                .query((rs, n) -> new PowerListVersion(
                        rs.getLong("id"),
                        rs.getString("unit_code"),
                        rs.getInt("version"),
                        rs.getDate("effective_on").toLocalDate(),
                        rs.getInt("item_count"),
                        rs.getString("changes")))
                .list();
    }

    @Override
    public long addResponse(PublicResponse r, String by, Instant at) {
        return insert(
                "insert into voice_response (unit_code, kind, title, channel, held_on, link, speakers, transcript,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.unitCode(),
                r.kind().name(),
                r.title(),
                r.channel(),
                Date.valueOf(r.heldOn()),
                r.link(),
                r.speakers(),
                r.transcript() == null ? "" : r.transcript(),
                by,
                Timestamp.from(at));
    }

    @Override
    public Optional<PublicResponse> response(long id) {
        return jdbc.sql("select * from voice_response where id = ?")
                .param(id)
                .query((rs, n) -> response(rs))
                .optional();
    }

    @Override
    public List<PublicResponse> responses(Integer year) {
        return jdbc.sql("select * from voice_response where (cast(? as int) is null or extract(year from held_on) = ?)"
                        + " order by held_on desc, id desc")
                .params(year, year)
                .query((rs, n) -> response(rs))
                .list();
    }

    private static PublicResponse response(ResultSet rs) throws SQLException {
        return new PublicResponse(
                rs.getLong("id"),
                rs.getString("unit_code"),
                ResponseKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("channel"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("link"),
                rs.getString("speakers"),
                rs.getString("transcript"));
    }

    @Override
    public long addDecision(MajorDecision d, String by, Instant at) {
        return insert(
                "insert into voice_decision (unit_code, year, title, summary, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                d.unitCode(),
                d.year(),
                d.title(),
                d.summary(),
                by,
                Timestamp.from(at));
    }

    @Override
    public Optional<MajorDecision> decision(long id) {
        return jdbc.sql("select * from voice_decision where id = ?")
                .param(id)
                .query((rs, n) -> decision(rs))
                .optional();
    }

    @Override
    public void addStep(long decisionId, MajorDecision.Step step, String by) {
        jdbc.sql("insert into voice_decision_stage (decision_id, stage, on_date, note, link, recorded_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(decisionId, step.stage().name(), Date.valueOf(step.on()), step.note(), step.link(), by)
                .update();
    }

    @Override
    public List<MajorDecision> decisions(Integer year) {
        return jdbc.sql("select * from voice_decision where (cast(? as int) is null or year = ?)"
                        + " order by year desc, unit_code, id")
                .params(year, year)
                .query((rs, n) -> decision(rs))
                .list();
    }

    private MajorDecision decision(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<MajorDecision.Step> steps = new ArrayList<>(
                jdbc.sql("select * from voice_decision_stage where decision_id = ? order by on_date, id")
                        .param(id)
                        .query((s, n) -> new MajorDecision.Step(
                                DecisionStage.valueOf(s.getString("stage")),
                                s.getDate("on_date").toLocalDate(),
                                s.getString("note"),
                                s.getString("link")))
                        .list());
        steps.sort(java.util.Comparator.comparing(MajorDecision.Step::stage));
        return new MajorDecision(
                id,
                rs.getString("unit_code"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getString("summary"),
                List.copyOf(steps));
    }

    @Override
    public void replaceFigures(List<ServiceFigures> figures, String by, Instant at) {
        for (ServiceFigures f : figures) {
            jdbc.sql("""
                    insert into voice_service_figures (unit_code, year, hotline_calls, hotline_satisfaction,
                        items_online, handled_online, imported_by, imported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (unit_code, year) do update set hotline_calls = excluded.hotline_calls,
                        hotline_satisfaction = excluded.hotline_satisfaction, items_online = excluded.items_online,
                        handled_online = excluded.handled_online, imported_by = excluded.imported_by,
                        imported_at = excluded.imported_at""")
                    .params(
                            f.unitCode(),
                            f.year(),
                            f.hotlineCalls(),
                            f.hotlineSatisfaction(),
                            f.itemsOnline(),
                            f.handledOnline(),
                            by,
                            Timestamp.from(at))
                    .update();
        }
    }

    @Override
    public List<ServiceFigures> figures(Integer year) {
        return jdbc.sql("select * from voice_service_figures where (cast(? as int) is null or year = ?)"
                        + " order by year desc, unit_code")
                .params(year, year)
                .query((rs, n) -> new ServiceFigures(
                        rs.getString("unit_code"),
                        rs.getInt("year"),
                        rs.getLong("hotline_calls"),
                        rs.getBigDecimal("hotline_satisfaction"),
                        rs.getLong("items_online"),
                        rs.getLong("handled_online")))
                .list();
    }

    @Override
    public Map<ResponseKind, Long> responseCounts(Collection<String> unitCodes, int year) {
        Map<ResponseKind, Long> counts = new EnumMap<>(ResponseKind.class);
        jdbc.sql("select kind, count(*) as n from voice_response where unit_code = any(?)"
                        + " and held_on >= ? and held_on < ? group by kind")
                .params(
                        unitCodes.toArray(String[]::new),
                        Date.valueOf(LocalDate.of(year, 1, 1)),
                        Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(rs -> {
                    counts.put(ResponseKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        return counts;
    }

    /** Satisfaction is not added up: the total carries the mean weighted by calls. */
    @Override
    public Optional<ServiceFigures> figureTotals(Collection<String> unitCodes, int year) {
        Map<String, Object> row = new LinkedHashMap<>();
        jdbc.sql("""
                select count(*) as n, coalesce(sum(hotline_calls), 0) as calls,
                  coalesce(round(sum(hotline_satisfaction * hotline_calls) / nullif(sum(hotline_calls), 0), 2), 0)
                      as satisfaction,
                  coalesce(sum(items_online), 0) as items, coalesce(sum(handled_online), 0) as handled
                from voice_service_figures where unit_code = any(?) and year = ?""").params(unitCodes.toArray(String[]::new), year).query(rs -> {
            row.put("n", rs.getLong("n"));
            row.put(
                    "figures",
                    new ServiceFigures(
                            "",
                            year,
                            rs.getLong("calls"),
                            rs.getBigDecimal("satisfaction"),
                            rs.getLong("items"),
                            rs.getLong("handled")));
        });
        return ((Long) row.get("n")) == 0 ? Optional.empty() : Optional.of((ServiceFigures) row.get("figures"));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(args).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
