package org.gongkai.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.platform.nodes.NodeSignals;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A counter that moves whenever a catalogue change commits, on this node or another one sharing the database:
 * caches of public pages compare it to stay current. The change is signalled to the other nodes inside its
 * transaction (delivered at commit, never for a rollback) on channel {@value #CHANNEL} with the item's id, and
 * recorded in the {@link CatalogChangeFeed} in the same transaction (kept {@link #RETENTION}).
 */
@Component
public class CatalogChanges {

    static final String CHANNEL = "catalog";
    private final AtomicLong version = new AtomicLong();
    /** How long the change feed keeps a change: a node stopped longer rebuilds its index when it starts. */
    static final Duration RETENTION = Duration.ofDays(30);

    private final NodeSignals signals;
    private final CatalogChangeFeed feed;
    private final Clock clock;

    CatalogChanges(NodeSignals signals, CatalogChangeFeed feed, Clock clock) {
        this.signals = signals;
        this.feed = feed;
        this.clock = clock;
        signals.listen(CHANNEL, itemId -> version.incrementAndGet(), since -> version.incrementAndGet());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherNodes(CatalogItemChanged event) {
        feed.record(event.itemId());
        signals.send(CHANNEL, Long.toString(event.itemId()));
    }

    /** An import changed many items at once: one feed entry for all of them (the other nodes rebuild). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherNodes(CatalogImported event) {
        feed.record(null);
        signals.send(CHANNEL, "import");
    }

    /** Nightly: changes older than the retention leave the feed (every node has long seen them). */
    @Scheduled(cron = "0 40 3 * * *")
    void prune() {
        feed.prune(clock.instant().minus(RETENTION));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogItemChanged event) {
        version.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogImported event) {
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }
}
