package org.gongkai.catalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.gongkai.catalog.ColumnCount;
import org.gongkai.catalog.DisclosureOffice;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.StandardEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStandardCatalog implements StandardCatalog {

    private final JdbcClient jdbc;

    JdbcStandardCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StandardEntry add(StandardEntry e) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into standard_catalog_entry (unit_code, area, level1, level2, content_elements, basis,
                    time_limit, subject, channels, audience, mode, tier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.unitCode(),
                        e.area(),
                        e.level1(),
                        e.level2(),
                        e.contentElements(),
                        e.basis(),
                        e.timeLimit(),
                        e.subject(),
                        e.channels(),
                        e.audience(),
                        e.mode(),
                        e.tier())
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public List<StandardEntry> entries(String area) {
        return jdbc.sql("select * from standard_catalog_entry where area = ? order by id")
                .param(area)
                .query(JdbcStandardCatalog::map)
                .list();
    }

    @Override
    public Optional<StandardEntry> find(long id) {
        return jdbc.sql("select * from standard_catalog_entry where id = ?")
                .param(id)
                .query(JdbcStandardCatalog::map)
                .optional();
    }

    @Override
    public List<ColumnCount> areas() {
        return jdbc.sql("select area, count(*) as n from standard_catalog_entry group by area")
                .query((rs, r) -> new ColumnCount(rs.getString("area"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<StandardEntry> all() {
        return jdbc.sql("select * from standard_catalog_entry order by area, id")
                .query(JdbcStandardCatalog::map)
                .list();
    }

    @Override
    public List<org.gongkai.catalog.CatalogItem> publishedUnder(long entryId, int limit) {
        List<Object> args = new java.util.ArrayList<>(JdbcCatalogRepository.PUBLIC_ARGS);
        args.add(entryId);
        args.add(limit);
        return jdbc.sql("select " + JdbcCatalogRepository.COLUMNS + " from catalog_item i where "
                        + JdbcCatalogRepository.PUBLIC
                        + " and i.standard_entry_id = ? order by i.published_on desc, i.id desc limit ?")
                .params(args)
                .query(JdbcCatalogRepository::map)
                .list();
    }

    @Override
    public java.util.Map<Long, Long> publishedCounts() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select i.standard_entry_id as e, count(*) as n from catalog_item i where "
                        + JdbcCatalogRepository.PUBLIC + " and i.standard_entry_id is not null"
                        + " group by i.standard_entry_id")
                .params(JdbcCatalogRepository.PUBLIC_ARGS)
                .query(rs -> {
                    counts.put(rs.getLong("e"), rs.getLong("n"));
                });
        return counts;
    }

    @Override
    public java.util.Map<String, java.time.LocalDate> lastPublished() {
        java.util.Map<String, java.time.LocalDate> last = new java.util.HashMap<>();
        jdbc.sql("select i.unit_code as u, i.standard_entry_id as e, max(i.published_on) as d from catalog_item i "
                        + "where " + JdbcCatalogRepository.PUBLIC + " and i.standard_entry_id is not null"
                        + " group by i.unit_code, i.standard_entry_id")
                .params(JdbcCatalogRepository.PUBLIC_ARGS)
                .query(rs -> {
                    last.put(
                            rs.getString("u") + "/" + rs.getLong("e"),
                            rs.getDate("d").toLocalDate());
                });
        return last;
    }

    @Override
    public void saveOffice(DisclosureOffice o) {
        jdbc.sql("""
                insert into disclosure_office (unit_code, name, address, postcode, phone, fax, email, hours)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (unit_code) do update set name = excluded.name, address = excluded.address,
                    postcode = excluded.postcode, phone = excluded.phone, fax = excluded.fax, email = excluded.email,
                    hours = excluded.hours""")
                .params(o.unitCode(), o.name(), o.address(), o.postcode(), o.phone(), o.fax(), o.email(), o.hours())
                .update();
    }

    @Override
    public Optional<DisclosureOffice> office(String unitCode) {
        return jdbc.sql("select * from disclosure_office where unit_code = ?")
                .param(unitCode)
                .query(JdbcStandardCatalog::office)
                .optional();
    }

    @Override
    public List<DisclosureOffice> offices() {
        return jdbc.sql("select * from disclosure_office order by unit_code")
                .query(JdbcStandardCatalog::office)
                .list();
    }

    private static DisclosureOffice office(ResultSet rs, int row) throws SQLException {
        return new DisclosureOffice(
                rs.getString("unit_code"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("postcode"),
                rs.getString("phone"),
                rs.getString("fax"),
                rs.getString("email"),
                rs.getString("hours"));
    }

    private static StandardEntry map(ResultSet rs, int row) throws SQLException {
        return new StandardEntry(
                rs.getLong("id"),
                rs.getString("unit_code"),
                rs.getString("area"),
                rs.getString("level1"),
                rs.getString("level2"),
                rs.getString("content_elements"),
                rs.getString("basis"),
                rs.getString("time_limit"),
                rs.getString("subject"),
                rs.getString("channels"),
                rs.getString("audience"),
                rs.getString("mode"),
                rs.getString("tier"));
    }
}
