package org.gongkai.requests.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Section 3 over {@code disclosure_request}. Each row's condition is written once ({@link #condition}) with bound
 * parameters (the year's first and last day, outcome keys from {@link Outcome}); the tally counts every
 * condition as a {@code FILTER} in one pass grouped by unit, applicant type and outcome, and the drill-down
 * selects the cases of one condition. Indexes for it are in V6_1.
 */
@Repository
class JdbcRequestStatistics implements RequestStatistics {

    /** Received by the end of the year and not replied before its start. */
    private static final String IN_PLAY = "receipt_date <= :end and coalesce(reply_date, 'infinity'::date) >= :start";

    private static final List<String> KNOWN_OUTCOMES =
            Arrays.stream(Outcome.values()).map(Outcome::key).toList();

    private final JdbcClient jdbc;

    JdbcRequestStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The condition of one kind of row, for an application already {@link #IN_PLAY}. */
    private static String condition(Kind kind) {
        return switch (kind) {
            case RECEIVED -> "receipt_date >= :start";
            case CARRIED_OVER -> "receipt_date < :start";
            case REPLIED -> "reply_date <= :end";
            case UNCLASSIFIED -> "reply_date <= :end and (outcome is null or outcome not in (:known))";
            case CARRIED_FORWARD -> "(reply_date is null or reply_date > :end)";
        };
    }

    @Override
    public List<Tally> tally(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select unit_code, applicant_type, outcome");
        for (Kind kind : Kind.values()) {
            sql.append(", count(*) filter (where ")
                    .append(condition(kind))
                    .append(") as ")
                    .append(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        sql.append(" from disclosure_request where unit_code in (:units) and ")
                .append(IN_PLAY)
                .append(" group by unit_code, applicant_type, outcome");
        List<Tally> out = new ArrayList<>();
        year(jdbc.sql(sql.toString()), unitCodes, year)
                .query((rs, n) -> {
                    Optional<ApplicantType> type = ApplicantType.fromKey(rs.getString("applicant_type"));
                    if (type.isPresent()) {
                        addGroup(rs, type.get(), out);
                    }
                    return null;
                })
                .list();
        return out;
    }

    private static void addGroup(ResultSet rs, ApplicantType type, List<Tally> out) throws SQLException {
        String unit = rs.getString("unit_code");
        Optional<Outcome> outcome = Optional.ofNullable(rs.getString("outcome")).flatMap(Outcome::fromKey);
        for (Kind kind : Kind.values()) {
            long n = rs.getLong(kind.name().toLowerCase(java.util.Locale.ROOT));
            if (n == 0) {
                continue;
            }
            if (kind == Kind.REPLIED) {
                outcome.ifPresent(o -> out.add(new Tally(unit, type, Row.repliedWith(List.of(o)), n)));
            } else {
                out.add(new Tally(unit, type, Row.of(kind), n));
            }
        }
    }

    @Override
    public List<CaseRef> casesIn(
            Collection<String> unitCodes, int year, Row row, Optional<ApplicantType> applicant, int limit) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        boolean someOutcomes = row.kind() == Kind.REPLIED && !row.outcomes().isEmpty();
        String sql = "select id, tracking_code, unit_code, applicant_type, receipt_date, reply_date, outcome, status "
                + "from disclosure_request where unit_code in (:units) and " + IN_PLAY + " and "
                + condition(row.kind())
                + (someOutcomes ? " and outcome in (:outcomes)" : "")
                + (applicant.isPresent() ? " and applicant_type = :type" : "")
                + " order by receipt_date, id limit :limit";
        JdbcClient.StatementSpec spec = year(jdbc.sql(sql), unitCodes, year).param("limit", limit);
        if (someOutcomes) {
            spec = spec.param(
                    "outcomes", row.outcomes().stream().map(Outcome::key).toList());
        }
        if (applicant.isPresent()) {
            spec = spec.param("type", applicant.get().key());
        }
        return spec.query(JdbcRequestStatistics::caseRef).list();
    }

    @Override
    public FeesPaid feesPaid(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return FeesPaid.NONE;
        }
        return year(
                        jdbc.sql("select count(*), coalesce(sum(fee_amount), 0) from disclosure_request "
                                + "where unit_code in (:units) and fee_paid_on between :start and :end "
                                + "and fee_amount > 0"),
                        unitCodes,
                        year)
                .query((rs, n) -> new FeesPaid(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private static JdbcClient.StatementSpec year(JdbcClient.StatementSpec spec, Collection<String> units, int year) {
        return spec.param("units", units)
                .param("start", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("end", Date.valueOf(LocalDate.of(year, 12, 31)))
                .param("known", KNOWN_OUTCOMES);
    }

    private static CaseRef caseRef(ResultSet rs, int row) throws SQLException {
        Date reply = rs.getDate("reply_date");
        return new CaseRef(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("unit_code"),
                rs.getString("applicant_type"),
                rs.getDate("receipt_date").toLocalDate(),
                reply == null ? null : reply.toLocalDate(),
                rs.getString("outcome"),
                Status.valueOf(rs.getString("status")));
    }
}
