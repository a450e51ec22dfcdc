package org.gongkai.requests.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.requests.RequestInspection;
import org.gongkai.requests.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The self-inspection's questions to the applications, one query each over all the units asked about. */
@Repository
class JdbcRequestInspection implements RequestInspection {

    private static final String REF = "select id, tracking_code, unit_code, due_date," + " (submitted_at at time zone '"
            + China.ZONE_ID + "')::date submitted_on from disclosure_request";
    private final JdbcClient jdbc;

    JdbcRequestInspection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseRef> runningDueBy(Collection<String> units, LocalDate by) {
        return jdbc.sql(REF + " where unit_code in (:units) and status in (:running) and due_date <= :by"
                        + " order by due_date, id")
                .param("units", units.isEmpty() ? List.of("") : units)
                .param("running", Status.CLOCK_RUNNING.stream().map(Enum::name).toList())
                .param("by", by)
                .query(JdbcRequestInspection::ref)
                .list();
    }

    @Override
    public List<CaseRef> awaitingConfirmationSince(Collection<String> units, LocalDate by) {
        return jdbc.sql(REF + " where unit_code in (:units) and status = :awaiting"
                        + " and (submitted_at at time zone '" + China.ZONE_ID + "')::date <= :by order by id")
                .param("units", units.isEmpty() ? List.of("") : units)
                .param("awaiting", Status.AWAITING_CONFIRMATION.name())
                .param("by", by)
                .query(JdbcRequestInspection::ref)
                .list();
    }

    @Override
    public Map<String, Long> repliedLate(Collection<String> units, int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select unit_code, count(*) n from disclosure_request where unit_code in (:units)"
                        + " and reply_date between :start and :end and due_date is not null and reply_date > due_date"
                        + " group by unit_code")
                .param("units", units.isEmpty() ? List.of("") : units)
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    private static CaseRef ref(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseRef(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("unit_code"),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("submitted_on", LocalDate.class));
    }
}
