package org.gongkai.annualreport.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.gongkai.annualreport.ReportInspection;
import org.gongkai.annualreport.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReportInspection implements ReportInspection {

    private final JdbcClient jdbc;

    JdbcReportInspection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportState> reports(Collection<String> units, int year) {
        return jdbc.sql("select unit_code, year, status, published_on from annual_report"
                        + " where unit_code in (:units) and year = :year order by unit_code")
                .param("units", units.isEmpty() ? List.of("") : units)
                .param("year", year)
                .query((rs, n) -> new ReportState(
                        rs.getString(1),
                        rs.getInt(2),
                        ReportStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }
}
