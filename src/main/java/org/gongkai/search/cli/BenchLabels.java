package org.gongkai.search.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled government queries of {@code search/bench-queries.tsv}: each query with the rule that grades a
 * generated item's relevance (see the file's header), and nDCG@10 of a ranking against those grades.
 */
final class BenchLabels {

    /** One labelled query. */
    record Labelled(String query, String kind, Map<String, String> rule) {

        /** 2 relevant, 1 partly, 0 not — from what the item was generated of. */
        int grade(BenchCorpus.Generated g) {
            if (rule.containsKey("docnumber")) {
                return rule.get("docnumber").equals(g.document().docNumber()) ? 2 : 0;
            }
            if (rule.containsKey("indexnumber")) {
                return rule.get("indexnumber").equals(g.document().indexNumber()) ? 2 : 0;
            }
            String topic = rule.get("topic");
            boolean about = topic.equals(g.topic());
            if (rule.containsKey("unit")) {
                return about ? (Integer.parseInt(rule.get("unit")) == g.unit() ? 2 : 1) : 0;
            }
            if (rule.containsKey("year")) {
                return about
                        ? (Integer.parseInt(rule.get("year"))
                                        == g.document().published().getYear()
                                ? 2
                                : 1)
                        : 0;
            }
            return about ? 2 : topic.equals(g.other()) ? 1 : 0;
        }
    }

    static final int K = 10;

    private BenchLabels() {}

    static List<Labelled> load() {
        try (InputStream in = BenchLabels.class.getResourceAsStream("/search/bench-queries.tsv")) {
            List<Labelled> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Map<String, String> rule = new LinkedHashMap<>();
                for (String clause : cols[2].split(";")) {
                    String[] kv = clause.split("=", 2);
                    rule.put(kv[0].strip(), kv[1].strip());
                }
                out.add(new Labelled(cols[0], cols[1], rule));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts, per query, how many items of the corpus have grade 1 and grade 2: the ideal ranking's grades. */
    static long[][] gradeCounts(List<Labelled> labels, long items) {
        long[][] counts = new long[labels.size()][3];
        for (long id = 1; id <= items; id++) {
            BenchCorpus.Generated g = BenchCorpus.generate(id);
            for (int q = 0; q < labels.size(); q++) {
                counts[q][labels.get(q).grade(g)]++;
            }
        }
        return counts;
    }

    /** nDCG@10 of the ranked ids, gains 2^grade - 1, against the ideal ranking of the whole corpus. */
    static double ndcg(Labelled label, List<Long> ranked, long[] counts) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(label.grade(BenchCorpus.generate(ranked.get(i)))) / log2(i + 2);
        }
        double ideal = 0;
        long twos = counts[2];
        long ones = counts[1];
        for (int i = 0; i < K; i++) {
            int grade = twos-- > 0 ? 2 : ones-- > 0 ? 1 : 0;
            ideal += gain(grade) / log2(i + 2);
        }
        return ideal == 0 ? 1 : dcg / ideal;
    }

    private static double gain(int grade) {
        return (1 << grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
