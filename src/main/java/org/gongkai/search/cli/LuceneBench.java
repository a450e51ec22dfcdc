package org.gongkai.search.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.lucene.LuceneCatalogSearch;

/** The embedded index, as the platform runs it (full search: hit count, five facets, escaped excerpts). */
final class LuceneBench implements BenchEngine {

    private final LuceneCatalogSearch search;
    private final int threads;

    LuceneBench(Path dir, int threads) {
        this.search = new LuceneCatalogSearch(dir);
        this.threads = threads;
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public String load(long items) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        int chunk = 10_000;
        for (long start = 1; start <= items; start += chunk) {
            long from = start;
            long to = Math.min(items, start + chunk - 1);
            jobs.add(pool.submit(() -> {
                List<SearchDocument> docs = new ArrayList<>(chunk);
                for (long id = from; id <= to; id++) {
                    docs.add(BenchCorpus.item(id));
                }
                search.addAll(docs);
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        search.commit();
        return search.count() + " items, " + threads + " threads, characters + bigrams, committed";
    }

    @Override
    public Answer ask(Case c) {
        return answer(search.search(query(c)));
    }

    static SearchQuery query(Case c) {
        return new SearchQuery(c.text(), c.unit(), null, c.year(), c.type(), null, SearchQuery.Order.RELEVANCE, 0, 10);
    }

    static Answer answer(SearchResult r) {
        return new Answer(r.total(), r.hits().stream().map(SearchHit::id).toList());
    }

    @Override
    public void close() {
        search.close();
    }
}
