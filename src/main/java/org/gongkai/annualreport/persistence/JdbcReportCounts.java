package org.gongkai.annualreport.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gongkai.annualreport.ReportStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReportCounts implements org.gongkai.annualreport.ReportCounts {

    private final NamedParameterJdbcTemplate named;

    JdbcReportCounts(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    @Override
    public Map<String, Long> byUnit(Set<String> units, ReportStatus status) {
        Map<String, Long> out = new LinkedHashMap<>();
        named.query(
                "select unit_code, count(*) n from annual_report where unit_code in (:units) and status = :status"
                        + " group by unit_code order by unit_code",
                new MapSqlParameterSource("units", units.isEmpty() ? Set.of("") : units)
                        .addValue("status", status.name()),
                rs -> {
                    out.put(rs.getString("unit_code"), rs.getLong("n"));
                });
        return out;
    }
}
