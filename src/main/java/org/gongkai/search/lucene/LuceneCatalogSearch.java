package org.gongkai.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.QueryPlan;
import org.gongkai.search.QueryText;
import org.gongkai.search.SafeHighlighter;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;

/**
 * The embedded search: one Lucene index in a directory. Writes are visible to the next search (near-real-time
 * reader refreshed before searching when something changed) and committed to disk every few seconds and at close.
 */
public final class LuceneCatalogSearch implements CatalogSearch, AutoCloseable {

    private static final List<String> FACETS =
            List.of(Fields.UNIT, Fields.ITEM, Fields.YEAR, Fields.TYPE, Fields.VALIDITY);
    private static final int EXCERPT = 120;
    /** Commit data: the catalogue change feed's number the committed index holds. */
    private static final String FEED_POSITION = "gongkai.feed-position";

    private static final Sort BY_DATE =
            new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE);

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ChineseAnalysis analysis = new ChineseAnalysis();
    private final QueryBuilder queries = new QueryBuilder();
    private final AtomicBoolean stale = new AtomicBoolean();
    private final AtomicLong uncommitted = new AtomicLong();
    private final ScheduledExecutorService committer;

    /** Opens (or creates) the index in {@code dir}; fails if another process holds it. */
    public LuceneCatalogSearch(Path dir) {
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
            config.setRAMBufferSizeMB(128);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commitIfNeeded, 5, 5, TimeUnit.SECONDS);
    }

    @Override
    public void index(SearchDocument document) {
        try {
            writer.updateDocument(new Term(Fields.ID, Long.toString(document.id())), Fields.toLucene(document));
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term(Fields.ID, Long.toString(id)));
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds many documents without checking for existing ones (bulk loading into an empty index). */
    public void addAll(Iterable<SearchDocument> documents) {
        try {
            for (SearchDocument d : documents) {
                writer.addDocument(Fields.toLucene(d));
                uncommitted.incrementAndGet();
            }
            stale.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized long replaceAll(Consumer<Consumer<SearchDocument>> feeder) {
        AtomicLong n = new AtomicLong();
        try {
            writer.deleteAll();
            feeder.accept(d -> {
                try {
                    writer.addDocument(Fields.toLucene(d));
                    n.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            uncommitted.set(0);
            searchers.maybeRefreshBlocking();
            stale.set(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n.get();
    }

    @Override
    public long feedPosition() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(FEED_POSITION)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    @Override
    public synchronized void feedPosition(long position) {
        writer.setLiveCommitData(Map.of(FEED_POSITION, Long.toString(position)).entrySet());
        uncommitted.incrementAndGet();
    }

    private void changed() {
        uncommitted.incrementAndGet();
        stale.set(true);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        QueryText text = QueryText.read(query.text());
        QueryPlan plan = QueryPlan.of(text);
        org.apache.lucene.search.Query built = queries.build(query, plan);
        try {
            refreshIfStale();
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = (query.page() + 1) * query.size();
                boolean byDate = query.order() == SearchQuery.Order.DATE || text.isEmpty();
                MultiCollectorManager both = new MultiCollectorManager(
                        byDate
                                ? new TopFieldCollectorManager(BY_DATE, wanted, 0)
                                : new TopScoreDocCollectorManager(wanted, 0),
                        FacetCounter.manager(FACETS));
                Object[] results = searcher.search(built, both);
                TopDocs top = (TopDocs) results[0];
                FacetCounter.Totals totals = (FacetCounter.Totals) results[1];
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = query.page() * query.size(); i < docs.length; i++) {
                    hits.add(hit(stored.document(docs[i].doc), plan.needles()));
                }
                return new SearchResult(
                        totals.total(), hits, totals.facets(), query.page(), query.size(), text.notice());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHit hit(Document doc, List<String> needles) {
        String title = doc.get(Fields.TITLE);
        return new SearchHit(
                Long.parseLong(doc.get(Fields.ID)),
                doc.get(Fields.INDEX_NUMBER),
                title,
                SafeHighlighter.excerpt(title, needles, 0),
                doc.get(Fields.UNIT),
                doc.get(Fields.UNIT_NAME),
                Fields.published(doc),
                doc.get(Fields.TYPE),
                doc.get(Fields.VALIDITY),
                SafeHighlighter.excerpt(doc.get(Fields.BODY), needles, EXCERPT));
    }

    private void refreshIfStale() throws IOException {
        if (stale.getAndSet(false)) {
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public long count() {
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes pending changes to disk. */
    public synchronized void commit() {
        try {
            writer.commit();
            uncommitted.set(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitIfNeeded() {
        if (uncommitted.get() > 0 && writer.isOpen()) {
            try {
                commit();
            } catch (RuntimeException e) {
                // retried at the next tick or at close
            }
        }
    }

    @Override
    public synchronized void close() {
        committer.shutdownNow();
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
