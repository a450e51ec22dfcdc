package org.gongkai.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The catalogue's change feed: every committed change of an item gets the next number, in commit order, so a
 * reader that remembers the last number it has seen can ask for exactly what changed since.
 */
public interface CatalogChangeFeed {

    /** A change: its number and the item (null: many items at once, an import). */
    record Change(long seq, Long itemId) {}

    /** Records a change inside the changing transaction; numbers follow commit order. */
    void record(Long itemId);

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    List<Change> after(long seq, int limit);

    /** The newest number (0 when the feed is empty). */
    long last();

    /** The oldest number still kept (0 when the feed is empty). */
    long first();

    /** Removes changes recorded before {@code cutoff}, always keeping the newest; returns how many. */
    int prune(Instant cutoff);
}
