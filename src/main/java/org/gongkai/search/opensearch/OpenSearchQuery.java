package org.gongkai.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.search.QueryPlan;
import org.gongkai.search.SearchQuery;

/**
 * Renders a {@link QueryPlan} as an OpenSearch search body, clause for clause as the embedded engine does (see
 * {@code search.lucene.QueryBuilder}): a word's character pairs as a {@code match_phrase} read with the
 * {@code whitespace} analyzer (so the terms are exactly the planned ones), forms under a {@code dis_max}, filters as
 * {@code term} filters, facets as {@code terms} aggregations, the same order and page.
 */
final class OpenSearchQuery {

    static final List<String> FACETS = List.of("unit", "item", "year", "type", "validity");
    static final List<String> SOURCE =
            List.of("id", "index_number", "title", "body", "unit", "unit_name", "published", "type", "validity");
    /** More values than any facet has (units of a province, years, 15 items, types). */
    private static final int FACET_SIZE = 1000;

    private OpenSearchQuery() {}

    static Map<String, Object> body(SearchQuery q, QueryPlan plan, boolean byDate) {
        List<Object> must = new ArrayList<>();
        for (QueryPlan.Part part : plan.parts()) {
            must.add(part(part));
        }
        if (must.isEmpty()) {
            must.add(Map.of("match_all", Map.of()));
        }
        List<Object> filter = new ArrayList<>();
        term(filter, "unit", q.unitCode());
        term(
                filter,
                "item",
                q.article20Item() == null ? null : q.article20Item().toString());
        term(filter, "year", q.year() == null ? null : q.year().toString());
        term(filter, "type", q.docType());
        term(filter, "validity", q.validity());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("bool", Map.of("must", must, "filter", filter)));
        body.put("from", q.page() * q.size());
        body.put("size", q.size());
        body.put("track_total_hits", true);
        body.put("_source", SOURCE);
        if (byDate) {
            body.put("sort", List.of(Map.of("published", Map.of("order", "desc")), "_score"));
        }
        Map<String, Object> aggs = new LinkedHashMap<>();
        for (String f : FACETS) {
            aggs.put(
                    f,
                    Map.of(
                            "terms",
                            Map.of(
                                    "field",
                                    f,
                                    "size",
                                    FACET_SIZE,
                                    "order",
                                    List.of(Map.of("_count", "desc"), Map.of("_key", "asc")))));
        }
        body.put("aggs", aggs);
        return body;
    }

    private static Object part(QueryPlan.Part part) {
        List<Object> all = new ArrayList<>();
        for (List<List<String>> word : part.words()) {
            List<Object> forms = new ArrayList<>();
            for (List<String> grams : word) {
                forms.add(phrase("title_g", grams, QueryPlan.TITLE_BOOST));
                forms.add(phrase("body_g", grams, 1f));
            }
            all.add(Map.of("dis_max", Map.of("queries", forms, "tie_breaker", QueryPlan.TIE_BREAKER)));
        }
        List<Object> should = new ArrayList<>();
        should.add(Map.of("bool", Map.of("must", all)));
        if (!part.wholeGrams().isEmpty()) {
            should.add(phrase("title_g", part.wholeGrams(), QueryPlan.PHRASE_BOOST * QueryPlan.TITLE_BOOST));
            should.add(phrase("body_g", part.wholeGrams(), QueryPlan.PHRASE_BOOST));
        }
        should.add(Map.of(
                "term", Map.of("index_number", Map.of("value", part.text(), "boost", QueryPlan.INDEX_NUMBER_BOOST))));
        return Map.of("bool", Map.of("should", should, "minimum_should_match", 1));
    }

    private static Object phrase(String field, List<String> grams, float boost) {
        if (grams.size() == 1) {
            return Map.of("term", Map.of(field, Map.of("value", grams.get(0), "boost", boost)));
        }
        return Map.of(
                "match_phrase",
                Map.of(field, Map.of("query", String.join(" ", grams), "analyzer", "whitespace", "boost", boost)));
    }

    private static void term(List<Object> filter, String field, String value) {
        if (value != null) {
            filter.add(Map.of("term", Map.of(field, value)));
        }
    }
}
