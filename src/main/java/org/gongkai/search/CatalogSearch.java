package org.gongkai.search;

import java.util.function.Consumer;

/**
 * Full-text search over the public catalogue: the port every search back end implements.
 *
 * <p>The embedded implementation ({@code search.lucene}) keeps a Lucene index under the data directory; it suits
 * one machine. A deployment spread over several machines can implement this interface against OpenSearch: map
 * {@link SearchDocument} to an index mapping with the same fields (words analysed with a Chinese analyzer such as
 * {@code smartcn} plus a CJK-bigram sub-field for recall; unit, item, year, type and validity as keywords for
 * filters and terms aggregations), {@link #index} to an index request with the id as document id and
 * {@code refresh=wait_for} (so a withdrawn item disappears at once), {@link #remove} to a delete, {@link #search}
 * to a bool query plus aggregations, and {@link #replaceAll} to indexing into a new index and swapping an alias.
 * Highlighting must stay escape-then-mark (see {@link SafeHighlighter}).
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
}
