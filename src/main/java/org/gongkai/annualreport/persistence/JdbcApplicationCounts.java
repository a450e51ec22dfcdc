package org.gongkai.annualreport.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.annualreport.ApplicationCounts;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Section 3 in one pass over the year's applications: GROUP BY unit, applicant type and outcome, with a FILTER
 * for received, carried over, replied in the year and carried forward; the outcome rows are the replied counts
 * of each outcome. Reads
 * the requests module's documented columns of {@code disclosure_request} (unit_code, applicant_type,
 * receipt_date, reply_date, outcome); indexes for it are in V6_1.
 */
@Repository
class JdbcApplicationCounts implements ApplicationCounts {

    /** Received by the end of the year and not replied before its start. */
    private static final String IN_PLAY = "receipt_date <= :end and coalesce(reply_date, 'infinity'::date) >= :start";

    private final JdbcClient jdbc;

    JdbcApplicationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL condition of one row, for an application already {@link #IN_PLAY}. */
    private static String condition(String row) {
        List<String> outcomes = Layouts.outcomeRows(Template.T2021);
        return switch (row) {
            case "new_received" -> "receipt_date >= :start";
            case "carried_over" -> "receipt_date < :start";
            case "carried_forward" -> "(reply_date is null or reply_date > :end)";
            case UNCLASSIFIED ->
                "reply_date <= :end and (outcome is null or outcome not in ("
                        + String.join(
                                ", ", outcomes.stream().map(o -> "'" + o + "'").toList()) + "))";
            case "total" -> "reply_date <= :end";
            case "other" ->
                "reply_date <= :end and outcome in ('other_no_correction', 'other_unpaid_fee', " + "'other_other')";
            default -> {
                if (!outcomes.contains(row)) {
                    throw new IllegalArgumentException("no row " + row);
                }
                yield "reply_date <= :end and outcome = '" + row + "'";
            }
        };
    }

    @Override
    public Map<String, long[][]> byUnit(Collection<String> unitCodes, int year) {
        Map<String, long[][]> counts = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return counts;
        }
        List<String> columns = Layouts.APPLICANT_PARTS;
        List<String> outcomes = Layouts.outcomeRows(Template.T2021);
        int received = ROWS.indexOf("new_received");
        int carriedOver = ROWS.indexOf("carried_over");
        int forward = ROWS.indexOf("carried_forward");
        int unclassified = ROWS.indexOf(UNCLASSIFIED);
        jdbc.sql("select unit_code, applicant_type, outcome, "
                        + "count(*) filter (where receipt_date >= :start) as received, "
                        + "count(*) filter (where receipt_date < :start) as carried_over, "
                        + "count(*) filter (where reply_date <= :end) as replied, "
                        + "count(*) filter (where reply_date is null or reply_date > :end) as carried_forward "
                        + "from disclosure_request where unit_code in (:units) and " + IN_PLAY
                        + " group by unit_code, applicant_type, outcome")
                .param("units", unitCodes)
                .param("start", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("end", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> {
                    int col = columns.indexOf(rs.getString("applicant_type"));
                    if (col >= 0) {
                        long[][] cells = counts.computeIfAbsent(
                                rs.getString("unit_code"), u -> new long[ROWS.size()][columns.size()]);
                        cells[received][col] += rs.getLong("received");
                        cells[carriedOver][col] += rs.getLong("carried_over");
                        cells[forward][col] += rs.getLong("carried_forward");
                        String outcome = rs.getString("outcome");
                        int row = outcome != null && outcomes.contains(outcome) ? ROWS.indexOf(outcome) : unclassified;
                        cells[row][col] += rs.getLong("replied");
                    }
                    return null;
                })
                .list();
        return counts;
    }

    @Override
    public List<CaseRef> casesIn(Collection<String> unitCodes, int year, String row, String column, int limit) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        boolean allColumns = "total".equals(column);
        if (!allColumns && !Layouts.APPLICANT_PARTS.contains(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        String sql = "select id, tracking_code, unit_code, applicant_type, receipt_date, reply_date, outcome, status "
                + "from disclosure_request where unit_code in (:units) and " + IN_PLAY + " and " + condition(row)
                + (allColumns ? "" : " and applicant_type = :type") + " order by receipt_date, id limit :limit";
        return jdbc.sql(sql)
                .param("units", unitCodes)
                .param("start", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("end", Date.valueOf(LocalDate.of(year, 12, 31)))
                .param("type", column)
                .param("limit", limit)
                .query((rs, n) -> new CaseRef(
                        rs.getLong("id"),
                        rs.getString("tracking_code"),
                        rs.getString("unit_code"),
                        rs.getString("applicant_type"),
                        rs.getDate("receipt_date").toLocalDate(),
                        rs.getDate("reply_date") == null
                                ? null
                                : rs.getDate("reply_date").toLocalDate(),
                        rs.getString("outcome"),
                        rs.getString("status")))
                .list();
    }

    @Override
    public long[] feesPaid(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return new long[2];
        }
        List<Long> r = new ArrayList<>();
        jdbc.sql("select count(*), coalesce(sum(fee_amount), 0) from disclosure_request where unit_code in (:units) "
                        + "and fee_paid_on between :start and :end and fee_amount > 0")
                .param("units", unitCodes)
                .param("start", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("end", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> {
                    r.add(rs.getLong(1));
                    r.add(rs.getLong(2));
                    return null;
                })
                .list();
        return new long[] {r.get(0), r.get(1)};
    }
}
