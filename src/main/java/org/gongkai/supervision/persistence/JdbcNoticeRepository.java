package org.gongkai.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.Notice;
import org.gongkai.supervision.NoticeRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNoticeRepository implements NoticeRepository {

    private static final String SELECT = "select id, government_code, year, seq, number, title, body, issued_on,"
            + " issued_by, public from supervision_notice";
    private final JdbcClient jdbc;

    JdbcNoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextSeq(String governmentCode, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('supervision_notice:' || ? || ':' || ?))")
                .params(governmentCode, year)
                .query()
                .listOfRows();
        return jdbc.sql(
                        "select coalesce(max(seq), 0) + 1 from supervision_notice where government_code = ? and year = ?")
                .params(governmentCode, year)
                .query(Integer.class)
                .single();
    }

    @Override
    public long insert(Notice n) {
        long id = jdbc.sql("insert into supervision_notice (government_code, year, seq, number, title, body, issued_on,"
                        + " issued_by, public) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        n.governmentCode(),
                        n.year(),
                        n.seq(),
                        n.number(),
                        n.title(),
                        n.body(),
                        n.issuedOn(),
                        n.issuedBy(),
                        n.published())
                .query(Long.class)
                .single();
        for (long f : n.findingIds()) {
            jdbc.sql("insert into supervision_notice_finding (notice_id, finding_id) values (?, ?)")
                    .params(id, f)
                    .update();
        }
        return id;
    }

    @Override
    public Optional<Notice> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    @Override
    public List<Notice> ofGovernment(String governmentCode) {
        return jdbc.sql(SELECT + " where government_code = ? order by year desc, seq desc")
                .param(governmentCode)
                .query(this::map)
                .list();
    }

    @Override
    public List<Notice> published() {
        return jdbc.sql(SELECT + " where public order by issued_on desc, id desc")
                .query(this::map)
                .list();
    }

    private Notice map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new Notice(
                id,
                rs.getString("government_code"),
                rs.getInt("year"),
                rs.getInt("seq"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("issued_by"),
                rs.getBoolean("public"),
                jdbc.sql("select finding_id from supervision_notice_finding where notice_id = ? order by finding_id")
                        .param(id)
                        .query(Long.class)
                        .list());
    }
}
