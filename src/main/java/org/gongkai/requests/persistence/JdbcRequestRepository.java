package org.gongkai.requests.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.requests.Article;
import org.gongkai.requests.DisclosureRequest;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.PastCase;
import org.gongkai.requests.RequestEvent;
import org.gongkai.requests.RequestFilter;
import org.gongkai.requests.RequestRepository;
import org.gongkai.requests.RequestSummary;
import org.gongkai.requests.Status;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRequestRepository implements RequestRepository {

    private static final String SELECT =
            "select id, " + RequestRows.INTAKE_COLUMNS + ", " + RequestRows.STATE_COLUMNS + " from disclosure_request";
    private static final String INSERT = "insert into disclosure_request (" + RequestRows.INTAKE_COLUMNS + ", "
            + RequestRows.STATE_COLUMNS + ") values (" + params(RequestRows.INTAKE_COLUMNS) + ", "
            + params(RequestRows.STATE_COLUMNS) + ") returning id";
    private static final String UPDATE = "update disclosure_request set "
            + java.util.Arrays.stream(RequestRows.STATE_COLUMNS.split(", "))
                    .map(c -> c + " = :" + c)
                    .collect(Collectors.joining(", "))
            + " where id = :id";
    private static final String INSERT_EVENT = "insert into request_event (request_id, at, on_date, actor, action, "
            + "from_status, to_status, reason, detail) values (:request_id, :at, :on_date, :actor, :action, "
            + ":from_status, :to_status, :reason, :detail)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcRequestRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    private static String params(String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> ":" + c).collect(Collectors.joining(", "));
    }

    @Override
    public long insert(DisclosureRequest request) {
        Map<String, Object> values = new LinkedHashMap<>(RequestRows.intakeValues(request.intake()));
        values.putAll(RequestRows.stateValues(request.state()));
        long id = named.queryForObject(INSERT, values, Long.class);
        appendEvents(id, request.drainEvents());
        return id;
    }

    @Override
    public void update(DisclosureRequest request) {
        long id = request.intake().id();
        Map<String, Object> values = new LinkedHashMap<>(RequestRows.stateValues(request.state()));
        values.put("id", id);
        named.update(UPDATE, values);
        appendEvents(id, request.drainEvents());
    }

    private void appendEvents(long id, List<RequestEvent> events) {
        if (!events.isEmpty()) {
            named.batchUpdate(
                    INSERT_EVENT, events.stream().map(e -> eventValues(id, e)).toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource eventValues(long id, RequestEvent e) {
        return new MapSqlParameterSource()
                .addValue("request_id", id)
                .addValue("at", Timestamp.from(e.at()))
                .addValue("on_date", Date.valueOf(e.onDate()))
                .addValue("actor", e.actor())
                .addValue("action", e.action())
                .addValue("from_status", e.from() == null ? null : e.from().name())
                .addValue("to_status", e.to() == null ? null : e.to().name())
                .addValue("reason", e.reason())
                .addValue("detail", e.detail());
    }

    @Override
    public Optional<DisclosureRequest> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(RequestRows::map)
                .optional();
    }

    @Override
    public Optional<DisclosureRequest> findForUpdate(long id) {
        return jdbc.sql(SELECT + " where id = ? for update")
                .param(id)
                .query(RequestRows::map)
                .optional();
    }

    @Override
    public Optional<DisclosureRequest> findByTrackingCode(String trackingCode) {
        return jdbc.sql(SELECT + " where tracking_code = ?")
                .param(trackingCode)
                .query(RequestRows::map)
                .optional();
    }

    @Override
    public List<RequestEvent> history(long id) {
        return jdbc.sql("select * from request_event where request_id = ? order by id")
                .param(id)
                .query((rs, n) -> new RequestEvent(
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getDate("on_date").toLocalDate(),
                        rs.getString("from_status") == null ? null : Status.valueOf(rs.getString("from_status")),
                        rs.getString("to_status") == null ? null : Status.valueOf(rs.getString("to_status")),
                        rs.getString("reason"),
                        rs.getString("detail")))
                .list();
    }

    @Override
    public List<RequestSummary> search(RequestFilter f) {
        MapSqlParameterSource p = filterParams(f);
        p.addValue("limit", f.limit()).addValue("offset", f.offset());
        return named.query(
                "select " + RequestRows.SUMMARY_COLUMNS + " from disclosure_request" + where(f)
                        + " order by submitted_at desc, id desc limit :limit offset :offset",
                p,
                RequestRows::summary);
    }

    @Override
    public long count(RequestFilter f) {
        Long n =
                named.queryForObject("select count(*) from disclosure_request" + where(f), filterParams(f), Long.class);
        return n == null ? 0 : n;
    }

    private static String where(RequestFilter f) {
        StringBuilder w = new StringBuilder(" where unit_code in (:units)");
        if (f.status() != null) {
            w.append(" and status = :status");
        }
        if (f.year() != null) {
            w.append(" and extract(year from coalesce(receipt_date, (submitted_at at time zone 'Asia/Shanghai')"
                    + "::date)) = :year");
        }
        return w.toString();
    }

    private static MapSqlParameterSource filterParams(RequestFilter f) {
        return new MapSqlParameterSource()
                .addValue("units", f.units().isEmpty() ? Set.of("") : f.units())
                .addValue("status", f.status() == null ? null : f.status().name())
                .addValue("year", f.year());
    }

    @Override
    public List<RequestSummary> dueBy(Set<String> units, LocalDate until) {
        return named.query(
                "select " + RequestRows.SUMMARY_COLUMNS + " from disclosure_request where unit_code in "
                        + "(:units) and status in (:running) and due_date <= :until order by due_date, id",
                new MapSqlParameterSource("units", units.isEmpty() ? Set.of("") : units)
                        .addValue("running", names(Status.CLOCK_RUNNING))
                        .addValue("until", Date.valueOf(until)),
                RequestRows::summary);
    }

    @Override
    public List<RequestSummary> withMissingCalendar(Set<String> units) {
        return named.query(
                "select " + RequestRows.SUMMARY_COLUMNS + " from disclosure_request where unit_code in "
                        + "(:units) and calendar_missing_year is not null and status in (:counting) "
                        + "order by receipt_date, id",
                new MapSqlParameterSource("units", units.isEmpty() ? Set.of("") : units)
                        .addValue("counting", names(Status.DUE_DATE_KEPT)),
                RequestRows::summary);
    }

    @Override
    public List<Long> expiredWaiting(LocalDate today) {
        return jdbc.sql("select id from disclosure_request where (status = ? and correction_deadline < ?) "
                        + "or (status = ? and fee_deadline < ?) order by id")
                .params(
                        Status.CORRECTION_REQUESTED.name(),
                        Date.valueOf(today),
                        Status.FEE_NOTICE.name(),
                        Date.valueOf(today))
                .query(Long.class)
                .list();
    }

    @Override
    public List<Long> missingCalendar() {
        return jdbc.sql("select id from disclosure_request where calendar_missing_year is not null "
                        + "or correction_missing_year is not null or consultation_missing_year is not null "
                        + "or fee_missing_year is not null or provisional_pauses is not null order by id")
                .query(Long.class)
                .list();
    }

    @Override
    public int ordinalInMonth(String identityKey, LocalDate day, long id) {
        return jdbc.sql("select count(*) from disclosure_request where applicant_key = ? and receipt_date >= ? "
                        + "and (receipt_date < ? or (receipt_date = ? and id <= ?))")
                .params(identityKey, Date.valueOf(day.withDayOfMonth(1)), Date.valueOf(day), Date.valueOf(day), id)
                .query(Integer.class)
                .single();
    }

    @Override
    public List<RequestSummary> byApplicant(String identityKey) {
        return jdbc.sql("select " + RequestRows.SUMMARY_COLUMNS + " from disclosure_request where applicant_key = ? "
                        + "order by id desc limit 2000")
                .param(identityKey)
                .query(RequestRows::summary)
                .list();
    }

    private static final String ANSWERED = " from disclosure_request r where r.unit_code in (:units) "
            + "and r.status in (:answered) and r.outcome is not null "
            + "and (cast(:outcome as varchar) is null or r.outcome = :outcome) "
            + "and (cast(:topic as varchar) is null or strpos(r.description, :topic) > 0 or exists (select 1 from "
            + "request_letter l where l.request_id = r.id and l.kind = 'reply' and strpos(l.body, :topic) > 0))";

    @Override
    public List<PastCase.Stored> answered(PastCase.Filter f) {
        if (f.units().isEmpty()) {
            return List.of();
        }
        return answeredParams(
                        jdbc.sql("select r.id, r.unit_code, r.outcome, r.article, r.reply_date, r.description, "
                                + "r.applicant_name, r.org_name, (select l.body from request_letter l where "
                                + "l.request_id = r.id and l.kind = 'reply' order by l.id desc limit 1) as letter_body"
                                + ANSWERED + " order by r.reply_date desc, r.id desc offset :offset limit :limit"),
                        f)
                .param("offset", f.offset())
                .param("limit", f.limit())
                .query((rs, n) -> new PastCase.Stored(
                        rs.getLong("id"),
                        rs.getString("unit_code"),
                        Outcome.fromKey(rs.getString("outcome")).orElseThrow(),
                        Article.valueOf(rs.getString("article")),
                        rs.getDate("reply_date").toLocalDate(),
                        rs.getString("description"),
                        rs.getString("letter_body"),
                        java.util.stream.Stream.of(rs.getString("applicant_name"), rs.getString("org_name"))
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .list();
    }

    @Override
    public long countAnswered(PastCase.Filter f) {
        if (f.units().isEmpty()) {
            return 0;
        }
        return answeredParams(jdbc.sql("select count(*)" + ANSWERED), f)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec answeredParams(JdbcClient.StatementSpec spec, PastCase.Filter f) {
        return spec.param("units", f.units())
                .param("answered", List.of(Status.REPLIED.name(), Status.ARCHIVED.name()))
                .param("outcome", f.outcome() == null ? null : f.outcome().key(), java.sql.Types.VARCHAR)
                .param("topic", f.topic(), java.sql.Types.VARCHAR);
    }

    @Override
    public List<RequestSummary> receivedBetween(Set<String> units, LocalDate from, LocalDate to, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RequestRows.SUMMARY_COLUMNS + " from disclosure_request where unit_code in "
                        + "(:units) and receipt_date between :from and :to order by receipt_date desc, id desc "
                        + "limit :limit")
                .param("units", units)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("limit", limit)
                .query(RequestRows::summary)
                .list();
    }

    private static List<String> names(Set<Status> statuses) {
        return statuses.stream().map(Status::name).sorted().toList();
    }
}
