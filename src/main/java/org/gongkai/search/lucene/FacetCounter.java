package org.gongkai.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.gongkai.search.FacetCount;

/** Counts hits and, for each facet field, hits per value (from the fields' sorted doc values). */
final class FacetCounter extends SimpleCollector {

    private final List<String> fields;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private SortedDocValues[] values;
    private int[][] segmentCounts;
    private long total;

    FacetCounter(List<String> fields) {
        this.fields = fields;
        fields.forEach(f -> counts.put(f, new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flushSegment();
        values = new SortedDocValues[fields.size()];
        segmentCounts = new int[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSorted(context.reader(), fields.get(i));
            segmentCounts[i] = new int[Math.max(0, values[i].getValueCount())];
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < values.length; i++) {
            if (values[i].advanceExact(doc)) {
                segmentCounts[i][values[i].ordValue()]++;
            }
        }
    }

    private void flushSegment() throws IOException {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            Map<String, Long> byValue = counts.get(fields.get(i));
            for (int ord = 0; ord < segmentCounts[i].length; ord++) {
                if (segmentCounts[i][ord] > 0) {
                    byValue.merge(values[i].lookupOrd(ord).utf8ToString(), (long) segmentCounts[i][ord], Long::sum);
                }
            }
        }
        values = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Collects with one counter per slice and merges them. */
    static CollectorManager<FacetCounter, Totals> manager(List<String> fields) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(fields);
            }

            @Override
            public Totals reduce(Collection<FacetCounter> collectors) throws IOException {
                long total = 0;
                Map<String, Map<String, Long>> merged = new HashMap<>();
                for (FacetCounter c : collectors) {
                    c.flushSegment();
                    total += c.total;
                    c.counts.forEach((f, m) -> m.forEach((v, n) ->
                            merged.computeIfAbsent(f, k -> new HashMap<>()).merge(v, n, Long::sum)));
                }
                Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
                for (String f : fields) {
                    facets.put(
                            f,
                            merged.getOrDefault(f, Map.of()).entrySet().stream()
                                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                                    .sorted(Comparator.comparingLong(FacetCount::count)
                                            .reversed()
                                            .thenComparing(FacetCount::value))
                                    .toList());
                }
                return new Totals(total, facets);
            }
        };
    }

    record Totals(long total, Map<String, List<FacetCount>> facets) {}
}
