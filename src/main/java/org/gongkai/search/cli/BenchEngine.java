package org.gongkai.search.cli;

import java.util.List;

/** One engine in the search benchmark: loaded with the generated items, then asked the same queries. */
interface BenchEngine extends AutoCloseable {

    /** A query as the benchmark asks it: text and at most one filter. */
    record Case(String text, String unit, Integer year, String type) {}

    /** What an engine answered: how many items match, and the first page's ids in its order. */
    record Answer(long total, List<Long> top) {}

    String name();

    /** Loads items 1..n; returns a line describing how. */
    String load(long items) throws Exception;

    Answer ask(Case c) throws Exception;

    @Override
    void close() throws Exception;
}
