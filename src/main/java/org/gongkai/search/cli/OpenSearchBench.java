package org.gongkai.search.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.gongkai.search.opensearch.OpenSearchCatalogSearch;
import org.gongkai.search.opensearch.OpenSearchNode;

/**
 * OpenSearch through the platform's adapter (same mapping, same query, aggregations for the facets, excerpts made
 * the same way): on the cluster at {@code GONGKAI_SEARCH_URL} (index alias {@code gongkai-bench}, replaced), or on
 * a one-node cluster this command starts under the work directory and stops at the end.
 */
final class OpenSearchBench implements BenchEngine {

    private final OpenSearchNode node;
    private final OpenSearchCatalogSearch search;
    private final String where;

    OpenSearchBench(String url, Path dir, long items) {
        if (url == null || url.isBlank()) {
            int heap = items > 300_000 ? 3072 : items > 50_000 ? 2048 : 1024;
            long t0 = System.nanoTime();
            node = OpenSearchNode.start(dir, 1, heap);
            where = String.format(
                    "a node started here (%d MB heap, started in %.1f s)", heap, (System.nanoTime() - t0) / 1e9);
            url = node.url();
        } else {
            node = null;
            where = url;
        }
        search = new OpenSearchCatalogSearch(url, "gongkai-bench", 0, Clock.systemUTC());
    }

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public String load(long items) {
        long n = search.replaceAll(sink -> {
            for (long id = 1; id <= items; id++) {
                sink.accept(BenchCorpus.item(id));
            }
        });
        return n + " items on " + where + ", bulk requests of 1000, one shard, no replica";
    }

    @Override
    public Answer ask(Case c) {
        return LuceneBench.answer(search.search(LuceneBench.query(c)));
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
