package org.gongkai.portal.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.portal.GuidePage;
import org.gongkai.portal.PageVersion;
import org.gongkai.portal.PageVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPageVersions implements PageVersions {

    private final JdbcClient jdbc;

    JdbcPageVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PageVersion> history(String governmentCode, GuidePage page) {
        return jdbc.sql("select * from portal_page_version where government_code = ? and page = ? "
                        + "order by version desc")
                .params(governmentCode, page.name())
                .query(JdbcPageVersions::map)
                .list();
    }

    @Override
    public Optional<PageVersion> shownOn(String governmentCode, GuidePage page, LocalDate day) {
        return jdbc.sql("select * from portal_page_version where government_code = ? and page = ? "
                        + "and published_on <= ? order by published_on desc, version desc limit 1")
                .params(governmentCode, page.name(), day)
                .query(JdbcPageVersions::map)
                .optional();
    }

    @Override
    public Optional<PageVersion> find(long id) {
        return jdbc.sql("select * from portal_page_version where id = ?")
                .param(id)
                .query(JdbcPageVersions::map)
                .optional();
    }

    @Override
    public PageVersion add(String governmentCode, GuidePage page, String body, String note, String author, Instant at) {
        return jdbc.sql("""
                insert into portal_page_version (government_code, page, version, body, note, author, created_at)
                values (?, ?, (select coalesce(max(version), 0) + 1 from portal_page_version
                               where government_code = ? and page = ?), ?, ?, ?, ?)
                returning *""")
                .params(
                        governmentCode,
                        page.name(),
                        governmentCode,
                        page.name(),
                        body,
                        note,
                        author,
                        Timestamp.from(at))
                .query(JdbcPageVersions::map)
                .single();
    }

    @Override
    public boolean publish(long id, LocalDate on, String by) {
        return jdbc.sql("update portal_page_version set published_on = ?, published_by = ? "
                                + "where id = ? and published_on is null")
                        .params(on, by, id)
                        .update()
                == 1;
    }

    private static PageVersion map(ResultSet rs, int n) throws SQLException {
        Date published = rs.getDate("published_on");
        return new PageVersion(
                rs.getLong("id"),
                rs.getString("government_code"),
                GuidePage.valueOf(rs.getString("page")),
                rs.getInt("version"),
                rs.getString("body"),
                rs.getString("note"),
                rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                published == null ? null : published.toLocalDate(),
                rs.getString("published_by"));
    }
}
