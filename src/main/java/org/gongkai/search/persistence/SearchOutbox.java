package org.gongkai.search.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Index updates for a shared engine through the table {@code search_outbox}: a change is a row written in the
 * transaction that changed the item; after the commit the outbox is drained into the engine at once, and every
 * second by {@link #drainDue()} while rows wait. An item's newest row is what is applied (older ones of the same
 * item are dropped with it), so the order of retries cannot bring back an old state. A row the engine refused
 * waits 1, 2, 4 … up to 60 seconds before its next try, with the error kept in {@code last_error}. One drainer at a
 * time across all nodes (a transaction-scoped advisory lock).
 */
public final class SearchOutbox implements SearchUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(SearchOutbox.class);
    private static final long LOCK = 0x5EA4C0B0L;
    private static final int BATCH = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CatalogSearch engine;
    private final Clock clock;

    public SearchOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, CatalogSearch engine, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void put(SearchDocument document) {
        write(document.id(), JSON.writeValueAsString(document));
    }

    @Override
    public void remove(long id) {
        write(id, null);
    }

    private void write(long itemId, String document) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into search_outbox (item_id, document, created_at, next_attempt_at) "
                        + "values (?, cast(? as jsonb), ?, ?)")
                .params(itemId, document, now, now)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    drainQuietly();
                }
            });
        } else {
            drainQuietly();
        }
    }

    private void drainQuietly() {
        try {
            drainDue();
        } catch (RuntimeException e) {
            LOG.warn("search outbox: drain failed, retried later: {}", e.getMessage());
        }
    }

    /** Rows still waiting (applied rows are deleted). */
    public long pending() {
        return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
    }

    /**
     * Applies the due rows to the engine, batch after batch, until none is due, the engine fails, or another drainer
     * holds the lock. Returns the number of items applied.
     */
    public synchronized int drainDue() {
        int applied = 0;
        while (true) {
            Integer n = transaction.execute(status -> batch());
            if (n == null || n <= 0) {
                return applied;
            }
            applied += n;
        }
    }

    /** One batch; the count applied, 0 when nothing was due, -1 when it stopped at a failure or a held lock. */
    private int batch() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single()) {
            return -1;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Row> rows = jdbc.sql("select distinct on (item_id) id, item_id, document::text as document, attempts "
                        + "from search_outbox where item_id in (select item_id from search_outbox "
                        + "where next_attempt_at <= ? order by id limit ?) order by item_id, id desc")
                .params(now, BATCH)
                .query((rs, i) -> new Row(
                        rs.getLong("id"), rs.getLong("item_id"), rs.getString("document"), rs.getInt("attempts")))
                .list();
        int applied = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                if (row.document() == null) {
                    engine.remove(row.itemId());
                } else {
                    engine.index(JSON.readValue(row.document(), SearchDocument.class));
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "search outbox: item {} not applied (try {}): {}",
                        row.itemId(),
                        row.attempts() + 1,
                        e.getMessage());
                for (Row waiting : rows.subList(i, rows.size())) {
                    postpone(waiting, e);
                }
                return -1;
            }
            jdbc.sql("delete from search_outbox where item_id = ? and id <= ?")
                    .params(row.itemId(), row.id())
                    .update();
            applied++;
        }
        return applied;
    }

    private void postpone(Row row, RuntimeException e) {
        long seconds = Math.min(60, 1L << Math.min(row.attempts(), 6));
        Instant next = clock.instant().plus(Duration.ofSeconds(seconds));
        String error = String.valueOf(e.getMessage());
        jdbc.sql("update search_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                        + "where item_id = ? and id <= ?")
                .params(
                        Timestamp.from(next),
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        row.itemId(),
                        row.id())
                .update();
    }

    private record Row(long id, long itemId, String document, int attempts) {}
}
