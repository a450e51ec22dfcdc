package org.gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param facets per facet name ({@code unit}, {@code item}, {@code year}, {@code type}, {@code validity}) the values
 *               with their counts, most frequent first
 * @param notice a message code telling the visitor how their query was read (e.g. shortened), or null
 */
public record SearchResult(
        long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, int page, int size, String notice) {

    public static final String FACET_UNIT = "unit";
    public static final String FACET_ITEM = "item";
    public static final String FACET_YEAR = "year";
    public static final String FACET_TYPE = "type";
    public static final String FACET_VALIDITY = "validity";

    public int pages() {
        return size == 0 ? 0 : (int) Math.min(SearchQuery.MAX_PAGE + 1, (total + size - 1) / size);
    }
}
