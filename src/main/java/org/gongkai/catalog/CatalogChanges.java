package org.gongkai.catalog;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** A counter that moves whenever a catalogue change commits: caches of public pages compare it to stay current. */
@Component
public class CatalogChanges {

    private final AtomicLong version = new AtomicLong();

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
