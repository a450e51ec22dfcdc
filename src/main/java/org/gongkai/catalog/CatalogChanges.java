package org.gongkai.catalog;

import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.platform.nodes.NodeSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A counter that moves whenever a catalogue change commits, on this node or another one sharing the database:
 * caches of public pages compare it to stay current. The change is signalled to the other nodes inside its
 * transaction (delivered at commit, never for a rollback) on channel {@value #CHANNEL} with the item's id.
 */
@Component
public class CatalogChanges {

    static final String CHANNEL = "catalog";
    private final AtomicLong version = new AtomicLong();
    private final NodeSignals signals;

    CatalogChanges(NodeSignals signals) {
        this.signals = signals;
        signals.listen(CHANNEL, itemId -> version.incrementAndGet(), since -> version.incrementAndGet());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherNodes(CatalogItemChanged event) {
        signals.send(CHANNEL, Long.toString(event.itemId()));
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
