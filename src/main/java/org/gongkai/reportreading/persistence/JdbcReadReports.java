package org.gongkai.reportreading.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.reportreading.ReadReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReadReports implements ReadReports {

    private final JdbcClient jdbc;

    JdbcReadReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long save(String uploadedBy, String unitCode, Instant at, String fileName, AnnualReport r) {
        return jdbc.sql("""
                INSERT INTO read_report (uploaded_at, uploaded_by, unit_code, file_name, unit, report_year, template,
                                         finding_count, report_json)
                VALUES (:at, :by, :unitCode, :file, :unit, :year, :template, :findings, :json) RETURNING id""")
                .param("at", Timestamp.from(at))
                .param("by", uploadedBy)
                .param("unitCode", unitCode)
                .param("file", fileName)
                .param("unit", r.unit())
                .param("year", r.year())
                .param("template", r.template() == null ? null : r.template().code())
                .param("findings", r.findings().size())
                .param("json", ReportJson.write(r))
                .query(Long.class)
                .single();
    }

    private static final String SELECT =
            "SELECT id, uploaded_at, uploaded_by, unit_code, file_name, report_json FROM read_report";

    private static StoredReport map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredReport(
                rs.getLong("id"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"),
                rs.getString("unit_code"),
                rs.getString("file_name"),
                ReportJson.read(rs.getString("report_json")));
    }

    @Override
    public List<StoredReport> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, i) -> map(rs))
                .list();
    }

    @Override
    public Optional<StoredReport> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> map(rs))
                .optional();
    }

    @Override
    public List<StoredReport> find(List<Long> ids) {
        List<StoredReport> out = new ArrayList<>();
        for (Long id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM read_report WHERE id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }
}
