package org.gongkai.search.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.search.opensearch.SharedOpenSearch;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The peers benchmark on a small corpus: the embedded index and OpenSearch read every query the same way (same
 * totals), the labels grade by rule, and one run prints every engine, the speed-ups, overlaps and relevance.
 */
class SearchBenchTest {

    private static final Path DIR = SharedOpenSearch.dir("bench");

    @Test
    void theEmbeddedIndexAndOpenSearchFindTheSameItemsForEveryQuery() throws Exception {
        List<BenchLabels.Labelled> labels = BenchLabels.load();
        try (LuceneBench lucene = new LuceneBench(DIR.resolve("lucene-" + System.nanoTime()), 2);
                OpenSearchBench opensearch = new OpenSearchBench(SharedOpenSearch.url(), DIR.resolve("os"), 3000)) {
            lucene.load(3000);
            opensearch.load(3000);
            long[][] counts = BenchLabels.gradeCounts(labels, 3000);
            for (int q = 0; q < labels.size(); q++) {
                BenchEngine.Case c = new BenchEngine.Case(labels.get(q).query(), null, null, null);
                BenchEngine.Answer a = lucene.ask(c);
                BenchEngine.Answer b = opensearch.ask(c);
                assertThat(b.total()).as(c.text()).isEqualTo(a.total());
                assertThat(BenchLabels.ndcg(labels.get(q), b.top(), counts[q]))
                        .as(c.text())
                        .isCloseTo(
                                BenchLabels.ndcg(labels.get(q), a.top(), counts[q]),
                                org.assertj.core.data.Offset.offset(0.1));
            }
            for (BenchCorpus.BenchQuery q : BenchCorpus.queries()) {
                BenchEngine.Case c = new BenchEngine.Case(q.text(), q.unit(), q.year(), q.type());
                assertThat(opensearch.ask(c).total())
                        .as(c.toString())
                        .isEqualTo(lucene.ask(c).total());
            }
        }
    }

    @Test
    void theLabelsAreAtLeastFiftyGovernmentQueriesGradedByRule() {
        List<BenchLabels.Labelled> labels = BenchLabels.load();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(50);
        assertThat(labels.stream().map(BenchLabels.Labelled::kind).distinct())
                .contains("ordinary", "abbreviation", "docnumber", "indexnumber");
        BenchCorpus.Generated item = BenchCorpus.generate(137);
        BenchLabels.Labelled byNumber = labels.stream()
                .filter(l -> l.query().equals("示29〔2018〕31号"))
                .findFirst()
                .orElseThrow();
        assertThat(byNumber.grade(item)).isEqualTo(2);
        assertThat(byNumber.grade(BenchCorpus.generate(138))).isZero();
        BenchLabels.Labelled byTopic =
                new BenchLabels.Labelled("x", "ordinary", java.util.Map.of("topic", item.topic()));
        assertThat(byTopic.grade(item)).isEqualTo(2);
        // a perfect ranking scores 1, an empty one 0
        long[] oneRelevant = {2999, 0, 1};
        assertThat(BenchLabels.ndcg(byNumber, List.of(137L), oneRelevant)).isEqualTo(1.0);
        assertThat(BenchLabels.ndcg(byNumber, List.of(138L, 137L), oneRelevant)).isBetween(0.6, 0.7);
        assertThat(BenchLabels.ndcg(byNumber, List.of(), oneRelevant)).isZero();
    }

    @Test
    void oneRunPrintsEveryEngineTheSpeedUpsOverlapsAndRelevance() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream was = System.out;
        int exit;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            exit = new CommandLine(new SearchBenchCommand())
                    .execute(
                            "--items", "2000",
                            "--engines", "lucene,pgtrgm,opensearch",
                            "--rounds", "1",
                            "--pg-rounds", "1",
                            "--dir", DIR.resolve("run-" + System.nanoTime()).toString(),
                            "--search-url", SharedOpenSearch.url());
        } finally {
            System.setOut(was);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        for (String engine : List.of("lucene", "pgtrgm", "opensearch")) {
            Matcher m = Pattern.compile("engine " + engine + ": p50 ([\\d.]+) ms, p99 ([\\d.]+) ms, hits (\\d+)")
                    .matcher(printed);
            assertThat(m.find()).as(printed).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isPositive();
            assertThat(printed).contains("relevance " + engine + ": nDCG@10 ");
        }
        assertThat(printed)
                .containsPattern("speed-up lucene vs pgtrgm: median [\\d.]+x")
                .containsPattern("speed-up lucene vs opensearch: median [\\d.]+x")
                .containsPattern("overlap top-10 lucene/opensearch: mean \\d+%");
    }

    @Test
    void anUnknownEngineIsRefused() {
        assertThat(new CommandLine(new SearchBenchCommand())
                        .execute(
                                "--engines",
                                "lucene,solr",
                                "--dir",
                                DIR.resolve("x").toString()))
                .isEqualTo(2);
    }
}
