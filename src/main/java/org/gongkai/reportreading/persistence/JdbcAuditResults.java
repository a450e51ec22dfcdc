package org.gongkai.reportreading.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.gongkai.reportreading.AuditResults;
import org.gongkai.reportreading.KeptAudit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAuditResults implements AuditResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcAuditResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(String owner, String unitCode, Instant at, KeptAudit audit, Instant expired) {
        jdbc.sql("DELETE FROM report_audit_result WHERE audited_at < :expired")
                .param("expired", Timestamp.from(expired))
                .update();
        jdbc.sql("""
                INSERT INTO report_audit_result (owner, unit_code, audited_at, page_json, xlsx, html)
                VALUES (:owner, :unit, :at, :page, :xlsx, :html)
                ON CONFLICT (owner) DO UPDATE SET unit_code = EXCLUDED.unit_code, audited_at = EXCLUDED.audited_at,
                    page_json = EXCLUDED.page_json, xlsx = EXCLUDED.xlsx, html = EXCLUDED.html""")
                .param("owner", owner)
                .param("unit", unitCode)
                .param("at", Timestamp.from(at))
                .param("page", JSON.writeValueAsString(audit.page()))
                .param("xlsx", audit.xlsx())
                .param("html", audit.html())
                .update();
    }

    @Override
    public Optional<KeptAudit> last(String owner, String unitCode, Instant notBefore) {
        return jdbc.sql("""
                SELECT page_json, xlsx, html FROM report_audit_result
                WHERE owner = :owner AND unit_code = :unit AND audited_at >= :notBefore""")
                .param("owner", owner)
                .param("unit", unitCode)
                .param("notBefore", Timestamp.from(notBefore))
                .query((rs, n) -> new KeptAudit(
                        JSON.readValue(rs.getString("page_json"), KeptAudit.Page.class),
                        rs.getBytes("xlsx"),
                        rs.getBytes("html")))
                .optional();
    }
}
