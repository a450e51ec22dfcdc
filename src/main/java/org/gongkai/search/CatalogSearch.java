package org.gongkai.search;

import java.util.function.Consumer;

/**
 * Full-text search over the public catalogue: the port every search back end implements.
 *
 * <p>The embedded implementation ({@code search.lucene}) keeps a Lucene index under the data directory; it suits
 * one machine. With {@code GONGKAI_SEARCH_URL} the OpenSearch implementation ({@code search.opensearch}) serves it
 * from a cluster, with the same analysis and the same {@link QueryPlan}. Both must answer the behaviour suite
 * ({@code CatalogSearchBehaviour} in the tests); highlighting stays escape-then-mark ({@link SafeHighlighter}).
 * Modules hand their changes to {@link SearchUpdates}, not to this port.
 */
public interface CatalogSearch {

    /** Adds or replaces a document; visible to the next search. */
    void index(SearchDocument document);

    /** Removes a document; gone from the next search. */
    void remove(long id);

    /** Answers any query text: never throws for odd input, says how it read it in {@link SearchResult#notice()}. */
    SearchResult search(SearchQuery query);

    /**
     * Replaces the whole index with the documents the feeder gives, e.g. after a restore. Returns the count.
     */
    long replaceAll(Consumer<Consumer<SearchDocument>> feeder);

    /** Number of documents in the index. */
    long count();

    /**
     * One index that every application node shares (a search cluster), kept current through the outbox; the
     * embedded index is each node's own and follows the other nodes' changes itself.
     */
    default boolean sharedAcrossNodes() {
        return false;
    }

    /**
     * The last number of the catalogue's change feed this index holds (0: none recorded). A node's own index keeps
     * it with its own commits, so after a stop it knows exactly which changes it has not seen; a shared cluster,
     * kept by the outbox, records none.
     */
    default long feedPosition() {
        return 0;
    }

    /** Records that the index holds every change of the feed up to {@code position} (kept at the next commit). */
    default void feedPosition(long position) {}
}
