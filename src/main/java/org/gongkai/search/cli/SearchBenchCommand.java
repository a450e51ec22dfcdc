package org.gongkai.search.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gongkai search bench}: the same generated items and the same queries on several engines in one run —
 * the embedded Lucene index, PostgreSQL with {@code pg_trgm} GIN indexes (or a plain {@code ILIKE} scan), and
 * OpenSearch — with single-thread latency per engine, the speed-up of the embedded index per query, the overlap of
 * the engines' top-10 results and their relevance (nDCG@10) on the labelled queries of
 * {@code search/bench-queries.tsv}. Plain Java, no Spring. Prints the numbers for docs/benchmarks.md.
 */
@Command(name = "bench", description = "Benchmark catalogue search: the embedded index against pg_trgm and OpenSearch")
class SearchBenchCommand implements Callable<Integer> {

    private static final List<String> KNOWN = List.of("lucene", "pgtrgm", "ilike", "opensearch");

    @Option(names = "--items", description = "Number of generated items (default 1000000)")
    long items = 1_000_000;

    @Option(
            names = "--engines",
            split = ",",
            description = "Engines, the first the reference: lucene, pgtrgm, ilike, opensearch (default lucene,pgtrgm)")
    List<String> engines = List.of("lucene", "pgtrgm");

    @Option(names = "--rounds", description = "Measured rounds of the search engines (default 20)")
    int rounds = 20;

    @Option(
            names = "--pg-rounds",
            description = "Measured rounds of the PostgreSQL engines (default 3; 0: the first, compared answers are"
                    + " the measured round)")
    int pgRounds = 3;

    @Option(names = "--threads", description = "Indexing threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dir", description = "Work directory, wiped first (default target/bench)")
    Path dir = Path.of("target", "bench");

    @Option(
            names = "--search-url",
            defaultValue = "${env:GONGKAI_SEARCH_URL:-}",
            description = "OpenSearch cluster to use (default GONGKAI_SEARCH_URL; unset: a node started here)")
    String searchUrl;

    /** What one engine did: per-case mean latency, all samples, answers of the first measured round. */
    private record Measured(String name, double[] perCase, double[] samples, List<BenchEngine.Answer> answers) {}

    @Override
    public Integer call() throws Exception {
        for (String e : engines) {
            if (!KNOWN.contains(e)) {
                System.err.println("gongkai: unknown engine " + e + " (known: " + String.join(", ", KNOWN) + ")");
                return 2;
            }
        }
        if (org.slf4j.LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger zonky) {
            zonky.setLevel(ch.qos.logback.classic.Level.WARN); // the scratch PostgreSQL's start-up chatter
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        System.out.printf(
                "machine: %d cores, %s, Java %s, max heap %d MB, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024,
                loadAverage());
        List<BenchLabels.Labelled> labels = BenchLabels.load();
        List<BenchEngine.Case> cases = cases(labels);
        System.out.printf(
                "queries: %d labelled (%s) and %d with a filter; %d items%n",
                labels.size(), kinds(labels), cases.size() - labels.size(), items);
        List<Measured> results = new ArrayList<>();
        boolean failed = false;
        for (String name : engines) {
            try (BenchEngine engine = open(name)) {
                long t0 = System.nanoTime();
                String how = engine.load(items);
                System.out.printf("load %s: %s in %.1f s%n", name, how, (System.nanoTime() - t0) / 1e9);
                Measured m = measure(engine, cases, name.equals("pgtrgm") || name.equals("ilike") ? pgRounds : rounds);
                results.add(m);
                Arrays.sort(m.samples());
                long hits = m.answers().stream()
                                .mapToLong(BenchEngine.Answer::total)
                                .sum()
                        / cases.size();
                System.out.printf(
                        "engine %s: p50 %.2f ms, p99 %.2f ms, hits %d%n",
                        name, pct(m.samples(), 50), pct(m.samples(), 99), hits);
            } catch (Exception e) { // the others are still measured and compared
                System.out.printf("engine %s: failed (%s)%n", name, e);
                failed = true;
            }
        }
        if (!results.isEmpty()) {
            report(results, labels);
        }
        return failed ? 1 : 0;
    }

    private BenchEngine open(String name) throws Exception {
        return switch (name) {
            case "lucene" -> new LuceneBench(dir.resolve("lucene"), threads);
            case "pgtrgm" -> new TrigramBench(dir.resolve("pgtrgm"), true);
            case "ilike" -> new TrigramBench(dir.resolve("ilike"), false);
            default -> new OpenSearchBench(searchUrl, dir.resolve("opensearch"), items);
        };
    }

    /** The labelled queries first (no filter), then the two-to-four-word queries with one filter. */
    private static List<BenchEngine.Case> cases(List<BenchLabels.Labelled> labels) {
        List<BenchEngine.Case> out = new ArrayList<>();
        labels.forEach(l -> out.add(new BenchEngine.Case(l.query(), null, null, null)));
        BenchCorpus.queries().forEach(q -> out.add(new BenchEngine.Case(q.text(), q.unit(), q.year(), q.type())));
        return out;
    }

    private static String kinds(List<BenchLabels.Labelled> labels) {
        Map<String, Integer> n = new LinkedHashMap<>();
        labels.forEach(l -> n.merge(l.kind(), 1, Integer::sum));
        return n.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static Measured measure(BenchEngine engine, List<BenchEngine.Case> cases, int rounds) throws Exception {
        List<BenchEngine.Answer> answers = new ArrayList<>();
        double[] first = new double[cases.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < cases.size(); i++) {
            long t = System.nanoTime();
            answers.add(engine.ask(cases.get(i))); // warm-up, and the answers compared
            first[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(
                "  %s answered the %d queries once in %.1f s, load average %.1f%n",
                engine.name(), cases.size(), (System.nanoTime() - t0) / 1e9, loadAverage());
        if (rounds == 0) {
            return new Measured(engine.name(), first, first.clone(), answers);
        }
        int warm = engine.name().equals("pgtrgm") || engine.name().equals("ilike") ? 0 : 4;
        for (int w = 0; w < warm; w++) {
            for (BenchEngine.Case c : cases) {
                engine.ask(c);
            }
        }
        double[] samples = new double[rounds * cases.size()];
        double[] perCase = new double[cases.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < cases.size(); i++) {
                long t = System.nanoTime();
                engine.ask(cases.get(i));
                double ms = (System.nanoTime() - t) / 1e6;
                samples[k++] = ms;
                perCase[i] += ms / rounds;
            }
        }
        return new Measured(engine.name(), perCase, samples, answers);
    }

    private void report(List<Measured> results, List<BenchLabels.Labelled> labels) {
        Measured reference = results.get(0);
        for (Measured other : results.subList(1, results.size())) {
            double[] ratios = new double[reference.perCase().length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = other.perCase()[i] / reference.perCase()[i];
            }
            Arrays.sort(ratios);
            System.out.printf("speed-up %s vs %s: median %.1fx%n", reference.name(), other.name(), pct(ratios, 50));
            System.out.printf(
                    "  per query %s vs %s: min %.1fx, max %.1fx%n",
                    reference.name(), other.name(), ratios[0], ratios[ratios.length - 1]);
        }
        for (int a = 0; a < results.size(); a++) {
            for (int b = a + 1; b < results.size(); b++) {
                double sum = 0;
                for (int q = 0; q < labels.size(); q++) {
                    sum += overlap(
                            results.get(a).answers().get(q).top(),
                            results.get(b).answers().get(q).top());
                }
                System.out.printf(
                        "overlap top-10 %s/%s: mean %.0f%% over the %d labelled queries%n",
                        results.get(a).name(), results.get(b).name(), 100 * sum / labels.size(), labels.size());
            }
        }
        long t0 = System.nanoTime();
        long[][] counts = BenchLabels.gradeCounts(labels, items);
        double judging = (System.nanoTime() - t0) / 1e9;
        for (Measured m : results) {
            Map<String, double[]> byKind = new TreeMap<>();
            double sum = 0;
            for (int q = 0; q < labels.size(); q++) {
                double n = BenchLabels.ndcg(labels.get(q), m.answers().get(q).top(), counts[q]);
                sum += n;
                double[] kind = byKind.computeIfAbsent(labels.get(q).kind(), x -> new double[2]);
                kind[0] += n;
                kind[1]++;
            }
            StringBuilder parts = new StringBuilder();
            byKind.forEach((kind, v) -> parts.append(parts.isEmpty() ? "" : ", ")
                    .append(kind)
                    .append(' ')
                    .append(String.format("%.3f", v[0] / v[1])));
            System.out.printf("relevance %s: nDCG@10 %.3f (%s)%n", m.name(), sum / labels.size(), parts);
        }
        System.out.printf(
                "relevance judged by the rules of search/bench-queries.tsv over all %d items (%.1f s)%n",
                items, judging);
    }

    /** Shared ids of two top-10 lists over the longer list's length (1 when both are empty). */
    static double overlap(List<Long> a, List<Long> b) {
        int size = Math.max(a.size(), b.size());
        if (size == 0) {
            return 1;
        }
        Set<Long> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return (double) shared.size() / size;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
