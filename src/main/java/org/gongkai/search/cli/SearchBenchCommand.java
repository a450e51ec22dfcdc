package org.gongkai.search.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.gongkai.platform.db.EmbeddedDatabase;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.lucene.LuceneCatalogSearch;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gongkai search bench}: indexes generated catalogue items into a fresh Lucene index, measures
 * single-thread query latency, and runs the same queries as PostgreSQL {@code ILIKE} scans on the same items in
 * an embedded PostgreSQL, side by side. Plain Java, no Spring. Prints the numbers for docs/benchmarks.md.
 */
@Command(name = "bench", description = "Benchmark catalogue search against PostgreSQL ILIKE on generated items")
class SearchBenchCommand implements Callable<Integer> {

    @Option(names = "--items", description = "Number of generated items (default 1000000)")
    int items = 1_000_000;

    @Option(names = "--rounds", description = "Measured rounds over the query set (default 50)")
    int rounds = 50;

    @Option(names = "--pg-rounds", description = "Measured rounds of the ILIKE queries (default 3)")
    int pgRounds = 3;

    @Option(names = "--threads", description = "Indexing threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dir", description = "Work directory, wiped first (default target/bench)")
    Path dir = Path.of("target", "bench");

    @Option(names = "--no-pg", description = "Skip the PostgreSQL comparison")
    boolean noPg;

    @Override
    public Integer call() throws Exception {
        deleteTree(dir.resolve("index"));
        System.out.printf(
                "machine: %d cores, %s, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        List<BenchCorpus.BenchQuery> queries = BenchCorpus.queries();
        double[] lucene;
        try (LuceneCatalogSearch search = new LuceneCatalogSearch(dir.resolve("index"))) {
            long t0 = System.nanoTime();
            double cpu = index(search);
            search.commit();
            long n = search.count();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "indexing: %d items in %.1f s = %.0f items/s wall (%d threads, including generating the "
                            + "items and the commit); worker CPU %.1f s = %.0f items per CPU-second; load average %.1f%n",
                    n, secs, n / secs, threads, cpu, n / cpu, loadAverage());
            lucene = measureLucene(search, queries);
        }
        if (!noPg) {
            measurePostgres(queries, lucene);
        }
        return 0;
    }

    /** Indexes the items; returns the CPU seconds the indexing threads used. */
    private double index(LuceneCatalogSearch search) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> jobs = new ArrayList<>();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int chunk = 10_000;
        for (long start = 1; start <= items; start += chunk) {
            long from = start;
            long to = Math.min(items, start + chunk - 1);
            jobs.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                List<SearchDocument> docs = new ArrayList<>(chunk);
                for (long id = from; id <= to; id++) {
                    docs.add(BenchCorpus.item(id));
                }
                search.addAll(docs);
                return mx.getCurrentThreadCpuTime() - c0;
            }));
        }
        long cpuNanos = 0;
        for (Future<Long> f : jobs) {
            cpuNanos += f.get();
        }
        pool.shutdown();
        return cpuNanos / 1e9;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private double[] measureLucene(LuceneCatalogSearch search, List<BenchCorpus.BenchQuery> queries) {
        for (int w = 0; w < 20; w++) {
            queries.forEach(q -> search.search(toSearch(q)));
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] samples = new double[rounds * queries.size()];
        double[] cpuSamples = new double[rounds * queries.size()];
        double[] perQuery = new double[queries.size()];
        long hits = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long c = mx.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += search.search(toSearch(queries.get(i))).total();
                double ms = (System.nanoTime() - t) / 1e6;
                cpuSamples[k] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
                samples[k++] = ms;
                perQuery[i] += ms / rounds;
            }
        }
        Arrays.sort(samples);
        Arrays.sort(cpuSamples);
        System.out.printf(
                "lucene query latency (single thread, %d queries x %d rounds, with facets and excerpts): "
                        + "p50 %.2f ms, p99 %.2f ms, max %.2f ms (CPU time p50 %.2f ms, p99 %.2f ms), mean hits %d, "
                        + "load average %.1f%n",
                queries.size(),
                rounds,
                pct(samples, 50),
                pct(samples, 99),
                samples[samples.length - 1],
                pct(cpuSamples, 50),
                pct(cpuSamples, 99),
                hits / samples.length,
                loadAverage());
        return perQuery;
    }

    private static SearchQuery toSearch(BenchCorpus.BenchQuery q) {
        return new SearchQuery(q.text(), q.unit(), null, q.year(), q.type(), null, SearchQuery.Order.RELEVANCE, 0, 10);
    }

    private void measurePostgres(List<BenchCorpus.BenchQuery> queries, double[] lucene) throws Exception {
        DataSource ds = EmbeddedDatabase.startScratch(dir);
        try (Connection c = ds.getConnection()) {
            long t0 = System.nanoTime();
            load(c);
            System.out.printf(
                    "postgres: loaded %d items in %.1f s (COPY, indexes on unit, year, type; ANALYZE)%n",
                    items, (System.nanoTime() - t0) / 1e9);
            double[] samples = new double[pgRounds * queries.size()];
            double[] perQuery = new double[queries.size()];
            int k = 0;
            for (int i = 0; i < queries.size(); i++) {
                ilike(c, queries.get(i));
            }
            for (int r = 0; r < pgRounds; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t = System.nanoTime();
                    ilike(c, queries.get(i));
                    double ms = (System.nanoTime() - t) / 1e6;
                    samples[k++] = ms;
                    perQuery[i] += ms / pgRounds;
                }
            }
            Arrays.sort(samples);
            double[] ratios = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                ratios[i] = perQuery[i] / lucene[i];
            }
            Arrays.sort(ratios);
            System.out.printf(
                    "postgres ILIKE latency (same queries, %d rounds): p50 %.1f ms, p99 %.1f ms%n",
                    pgRounds, pct(samples, 50), pct(samples, 99));
            System.out.printf(
                    "speed-up lucene vs ILIKE per query: min %.0fx, median %.0fx, max %.0fx%n",
                    ratios[0], pct(ratios, 50), ratios[ratios.length - 1]);
        }
    }

    private void load(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_item");
            s.execute("create table bench_item (id bigint primary key, title text, body text, unit_code varchar(40), "
                    + "year int, doc_type varchar(30), published date)");
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder batch = new StringBuilder();
        for (long id = 1; id <= items; id++) {
            SearchDocument d = BenchCorpus.item(id);
            batch.append(id)
                    .append('\t')
                    .append(d.title())
                    .append('\t')
                    .append(d.text())
                    .append('\t')
                    .append(d.unitCode())
                    .append('\t')
                    .append(d.published().getYear())
                    .append('\t')
                    .append(d.docType())
                    .append('\t')
                    .append(d.published())
                    .append('\n');
            if (id % 20_000 == 0 || id == items) {
                copy.copyIn("copy bench_item from stdin", new StringReader(batch.toString()));
                batch.setLength(0);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("create index on bench_item (unit_code)");
            s.execute("create index on bench_item (year)");
            s.execute("create index on bench_item (doc_type)");
            s.execute("analyze bench_item");
        }
    }

    /** The same query as ILIKE: every word in the title or the body, the filter, newest first, first page. */
    private static void ilike(Connection c, BenchCorpus.BenchQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("select id, title from bench_item where true");
        q.words().forEach(w -> sql.append(" and (title ilike ? or body ilike ?)"));
        sql.append(q.unit() != null ? " and unit_code = ?" : q.year() != null ? " and year = ?" : " and doc_type = ?");
        sql.append(" order by published desc limit 10");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (String w : q.words()) {
                ps.setString(p++, "%" + w + "%");
                ps.setString(p++, "%" + w + "%");
            }
            if (q.unit() != null) {
                ps.setString(p, q.unit());
            } else if (q.year() != null) {
                ps.setInt(p, q.year());
            } else {
                ps.setString(p, q.type());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteTree(Path d) throws IOException {
        if (Files.exists(d)) {
            try (var paths = Files.walk(d)) {
                paths.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}
