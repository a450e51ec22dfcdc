package org.gongkai.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.FacetCount;
import org.gongkai.search.QueryPlan;
import org.gongkai.search.QueryText;
import org.gongkai.search.SafeHighlighter;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue search on an OpenSearch cluster, over its REST API. The index is reached through an alias
 * ({@code gongkai-catalog} by default) so that a rebuild fills a new index and swaps the alias at once. Analysis and
 * query meaning are the embedded engine's (the mapping in {@code search/opensearch-index.json}, the query from the
 * same {@link QueryPlan}); excerpts are made here by {@link SafeHighlighter} from the stored text, so they are
 * escaped exactly as the embedded engine's. Writes use {@code refresh=true}: a withdrawn item is gone from the next
 * search. Any failure to reach the cluster is a {@link SearchUnavailableException}.
 */
public final class OpenSearchCatalogSearch implements CatalogSearch {

    private static final int EXCERPT = 120;
    private static final int STORED_BODY_CHARS = 4000;
    private static final int BULK = 1000;
    private static final int LOADERS = 2;

    private final OpenSearchHttp http;
    /** Bulk loading and the refresh after it: a busy node may take long over a request, which is then retried. */
    private final OpenSearchHttp loading;

    private static final Duration LOADING_TIMEOUT = Duration.ofMinutes(3);
    private static final int BULK_TRIES = 3;
    private final String alias;
    private final int replicas;
    private final Clock clock;
    private volatile boolean ready;

    /**
     * @param url      the cluster, e.g. {@code http://search1:9200}
     * @param alias    the alias the platform searches and writes through
     * @param replicas replicas of each shard (0 on a single node)
     */
    public OpenSearchCatalogSearch(String url, String alias, int replicas, Clock clock) {
        this.http = new OpenSearchHttp(url, Duration.ofSeconds(30));
        this.loading = new OpenSearchHttp(url, LOADING_TIMEOUT);
        this.alias = alias;
        this.replicas = replicas;
        this.clock = clock;
    }

    @Override
    public void index(SearchDocument document) {
        ensureIndex();
        http.expect("PUT", alias + "/_doc/" + document.id() + "?refresh=true", source(document));
    }

    @Override
    public void remove(long id) {
        ensureIndex();
        OpenSearchHttp.Answer a = http.send("DELETE", alias + "/_doc/" + id + "?refresh=true", null);
        if (!a.ok() && a.status() != 404) {
            throw new SearchUnavailableException("delete " + id + " answered " + a.status());
        }
    }

    /** Adds many documents in bulk requests without refreshing (loading); call {@link #refresh()} after. */
    public void addAll(List<SearchDocument> documents) {
        ensureIndex();
        bulk(alias, documents);
    }

    /** Makes everything written visible to searches. */
    public void refresh() {
        http.expect("POST", alias + "/_refresh", null);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        ensureIndex();
        QueryText text = QueryText.read(query.text());
        QueryPlan plan = QueryPlan.of(text);
        boolean byDate = query.order() == SearchQuery.Order.DATE || text.isEmpty();
        JsonNode answer = http.expect("POST", alias + "/_search", OpenSearchQuery.body(query, plan, byDate));
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : answer.path("hits").path("hits")) {
            hits.add(hit(h.path("_source"), plan.needles()));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String f : OpenSearchQuery.FACETS) {
            List<FacetCount> counts = new ArrayList<>();
            for (JsonNode b : answer.path("aggregations").path(f).path("buckets")) {
                counts.add(new FacetCount(
                        b.path("key").asString(), b.path("doc_count").asLong()));
            }
            facets.put(f, counts);
        }
        long total = answer.path("hits").path("total").path("value").asLong();
        return new SearchResult(total, hits, facets, query.page(), query.size(), text.notice());
    }

    private static SearchHit hit(JsonNode s, List<String> needles) {
        String title = s.path("title").asString();
        return new SearchHit(
                s.path("id").asLong(),
                s.path("index_number").asString(),
                title,
                SafeHighlighter.excerpt(title, needles, 0),
                s.path("unit").asString(),
                s.path("unit_name").asString(),
                LocalDate.parse(s.path("published").asString()),
                s.path("type").asString(),
                s.path("validity").isNull() || s.path("validity").isMissingNode()
                        ? null
                        : s.path("validity").asString(),
                SafeHighlighter.excerpt(s.path("body").asString(), needles, EXCERPT));
    }

    @Override
    public synchronized long replaceAll(Consumer<Consumer<SearchDocument>> feeder) {
        String fresh = alias + "-" + clock.millis();
        createIndex(fresh, 0);
        // Loading a new index nobody searches yet: no periodic refresh, translog synced in the background, and
        // the next bulk request built while the node indexes the previous one; the settings are restored below.
        http.expect(
                "PUT",
                fresh + "/_settings",
                Map.of("index", Map.of("refresh_interval", "-1", "translog.durability", "async")));
        ExecutorService sender = Executors.newFixedThreadPool(LOADERS);
        Semaphore inFlight = new Semaphore(LOADERS);
        List<Future<?>> sent = new ArrayList<>();
        AtomicReference<List<SearchDocument>> batch = new AtomicReference<>(new ArrayList<>(BULK));
        long[] n = {0};
        try {
            feeder.accept(d -> {
                batch.get().add(d);
                n[0]++;
                if (batch.get().size() == BULK) {
                    sent.add(send(sender, inFlight, fresh, batch.getAndSet(new ArrayList<>(BULK))));
                }
            });
            sent.add(send(sender, inFlight, fresh, batch.get()));
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("interrupted while loading " + fresh);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new SearchUnavailableException(e.toString());
        } finally {
            sender.shutdownNow();
        }
        Map<String, Object> settled = new LinkedHashMap<>();
        settled.put("number_of_replicas", replicas);
        settled.put("refresh_interval", null); // back to the defaults
        settled.put("translog.durability", null);
        http.expect("PUT", fresh + "/_settings", Map.of("index", settled));
        loading.expect("POST", fresh + "/_refresh", null);
        List<String> old = indicesOfAlias();
        List<Object> actions = new ArrayList<>();
        old.forEach(i -> actions.add(Map.of("remove", Map.of("index", i, "alias", alias))));
        actions.add(Map.of("add", Map.of("index", fresh, "alias", alias)));
        http.expect("POST", "_aliases", Map.of("actions", actions));
        for (String i : old) {
            http.send("DELETE", i, null);
        }
        ready = true;
        return n[0];
    }

    @Override
    public boolean sharedAcrossNodes() {
        return true;
    }

    @Override
    public long count() {
        ensureIndex();
        return http.expect("GET", alias + "/_count", null).path("count").asLong();
    }

    /** The cluster's health ({@code green}, {@code yellow}, {@code red}) after waiting up to the timeout for at least
     * the given one. */
    public String health(String waitFor, Duration timeout) {
        return http.expect(
                        "GET",
                        "_cluster/health/" + alias + "?wait_for_status=" + waitFor + "&timeout=" + timeout.toSeconds()
                                + "s",
                        null)
                .path("status")
                .asString();
    }

    /** Creates the first index behind the alias when there is none (a new cluster). */
    private void ensureIndex() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (http.send("HEAD", alias, null).status() == 404) {
                String first = alias + "-" + clock.millis();
                createIndex(first, replicas);
                OpenSearchHttp.Answer a = http.send(
                        "POST",
                        "_aliases",
                        Map.of("actions", List.of(Map.of("add", Map.of("index", first, "alias", alias)))));
                if (!a.ok()) {
                    throw new SearchUnavailableException("cannot point " + alias + " at " + first + ": " + a.body());
                }
            }
            ready = true;
        }
    }

    private void createIndex(String name, int replicaCount) {
        ObjectNode definition = (ObjectNode) OpenSearchHttp.read(indexDefinition());
        ((ObjectNode) definition.path("settings")).put("number_of_replicas", replicaCount);
        http.expect("PUT", name, definition);
    }

    static String indexDefinition() {
        try (InputStream in = OpenSearchCatalogSearch.class.getResourceAsStream("/search/opensearch-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> indicesOfAlias() {
        OpenSearchHttp.Answer a = http.send("GET", "_alias/" + alias, null);
        List<String> out = new ArrayList<>();
        if (a.ok()) {
            a.body().propertyNames().forEach(out::add);
        }
        return out;
    }

    /** Sends one bulk request on the sender, waiting while {@link #LOADERS} are already in flight. */
    private Future<?> send(ExecutorService sender, Semaphore inFlight, String index, List<SearchDocument> documents) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("interrupted while loading " + index);
        }
        try {
            return sender.submit(() -> {
                try {
                    bulk(index, documents);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    private void bulk(String index, List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        StringBuilder ndjson = new StringBuilder();
        for (SearchDocument d : documents) {
            ndjson.append(OpenSearchHttp.json(Map.of("index", Map.of("_index", index, "_id", Long.toString(d.id())))))
                    .append('\n')
                    .append(OpenSearchHttp.json(source(d)))
                    .append('\n');
        }
        for (int attempt = 1; ; attempt++) {
            try { // documents by id: sending a batch again replaces what a timed-out attempt may have written
                OpenSearchHttp.Answer a = loading.sendRaw("POST", "_bulk", ndjson.toString(), "application/x-ndjson");
                if (!a.ok() || a.body().path("errors").asBoolean()) {
                    throw new SearchUnavailableException("bulk indexing answered " + a.status() + ": "
                            + OpenSearchHttp.abbreviate(a.body().toString()));
                }
                return;
            } catch (SearchUnavailableException e) {
                if (attempt == BULK_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** The document as the mapping holds it; the same fields as the embedded index. */
    static Map<String, Object> source(SearchDocument d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", d.id());
        s.put("index_number", d.indexNumber());
        s.put("title", d.title());
        s.put("title_g", d.title());
        String body = nz(d.text());
        s.put("body", body.length() > STORED_BODY_CHARS ? body.substring(0, STORED_BODY_CHARS) : body);
        s.put(
                "body_g",
                String.join(" ", nz(d.docNumber()), nz(d.topics()), nz(d.column()), nz(d.unitName())) + "\n" + body);
        s.put("unit", d.unitCode());
        s.put("unit_name", nz(d.unitName()));
        s.put("item", Integer.toString(d.article20Item()));
        s.put("year", Integer.toString(d.published().getYear()));
        s.put("type", d.docType());
        if (d.validity() != null) {
            s.put("validity", d.validity());
        }
        s.put("published", d.published().toString());
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
