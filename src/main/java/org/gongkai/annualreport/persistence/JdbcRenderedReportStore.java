package org.gongkai.annualreport.persistence;

import java.util.Optional;
import java.util.OptionalLong;
import org.gongkai.annualreport.RenderedReportStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRenderedReportStore implements RenderedReportStore {

    private final JdbcClient jdbc;

    JdbcRenderedReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong currentPublished(String unitCode, int year) {
        return jdbc.sql("select id from annual_report_snapshot where unit_code = ? and year = ? and kind = 'PUBLISHED' "
                        + "and current")
                .params(unitCode, year)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public Optional<byte[]> find(long snapshotId, String format) {
        return jdbc.sql("select bytes from rendered_report where snapshot_id = ? and format = ?")
                .params(snapshotId, format)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    @Override
    public void store(long snapshotId, String format, byte[] bytes) {
        jdbc.sql("insert into rendered_report (snapshot_id, format, bytes) values (?, ?, ?) "
                        + "on conflict (snapshot_id, format) do nothing")
                .params(snapshotId, format, bytes)
                .update();
        jdbc.sql("""
                        delete from rendered_report r using annual_report_snapshot s, annual_report_snapshot mine
                        where r.snapshot_id = s.id and not s.current and mine.id = ?
                          and s.unit_code = mine.unit_code and s.year = mine.year""").params(snapshotId).update();
    }
}
