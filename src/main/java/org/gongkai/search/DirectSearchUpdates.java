package org.gongkai.search;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** For the embedded index: applies a change after the surrounding transaction commits (at once without one). */
public final class DirectSearchUpdates implements SearchUpdates {

    private final CatalogSearch search;

    public DirectSearchUpdates(CatalogSearch search) {
        this.search = search;
    }

    @Override
    public void put(SearchDocument document) {
        afterCommit(() -> search.index(document));
    }

    @Override
    public void remove(long id) {
        afterCommit(() -> search.remove(id));
    }

    private static void afterCommit(Runnable change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    change.run();
                }
            });
        } else {
            change.run();
        }
    }
}
