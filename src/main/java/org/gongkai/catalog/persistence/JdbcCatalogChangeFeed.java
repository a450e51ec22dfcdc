package org.gongkai.catalog.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gongkai.catalog.CatalogChangeFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link CatalogChangeFeed} in {@code catalog_change}. A writer takes a transaction advisory lock before taking its
 * number, so numbers become visible in order: a reader that has seen number n never later finds a smaller one.
 */
@Repository
class JdbcCatalogChangeFeed implements CatalogChangeFeed {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCatalogChangeFeed(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(Long itemId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog_change'))")
                .query()
                .singleRow();
        jdbc.sql("insert into catalog_change (item_id, changed_at) values (?, ?)")
                .params(itemId, Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<Change> after(long seq, int limit) {
        return jdbc.sql("select seq, item_id from catalog_change where seq > ? order by seq limit ?")
                .params(seq, limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getObject(2, Long.class)))
                .list();
    }

    @Override
    public long last() {
        return jdbc.sql("select coalesce(max(seq), 0) from catalog_change")
                .query(Long.class)
                .single();
    }

    @Override
    public long first() {
        return jdbc.sql("select coalesce(min(seq), 0) from catalog_change")
                .query(Long.class)
                .single();
    }

    @Override
    public int prune(Instant cutoff) {
        return jdbc.sql("delete from catalog_change where changed_at < ? "
                        + "and seq < (select max(seq) from catalog_change)")
                .param(Timestamp.from(cutoff))
                .update();
    }
}
