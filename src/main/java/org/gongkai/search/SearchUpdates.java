package org.gongkai.search;

/**
 * How a module hands its changes to the search index: called inside the transaction that changed the item, applied
 * once it commits (nothing when it rolls back). With the embedded index the change goes straight to it after the
 * commit; with a shared engine (OpenSearch) it is first written to the outbox in the same transaction, so it is
 * never lost when the engine is unreachable, and retried until the engine takes it.
 */
public interface SearchUpdates {

    /** The item is public as {@code document}: add or replace it. */
    void put(SearchDocument document);

    /** The item is not (or no longer) public. */
    void remove(long id);
}
