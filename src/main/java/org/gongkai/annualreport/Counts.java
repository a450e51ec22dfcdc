package org.gongkai.annualreport;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts by row key and column key (e.g. outcome × applicant type), immutable; absent cells are zero. */
public record Counts(Map<String, Map<String, Long>> cells) {

    public static final Counts NONE = new Counts(Map.of());

    public Counts {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        cells.forEach((row, cols) -> copy.put(row, Map.copyOf(cols)));
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    public long get(String row, String column) {
        return cells.getOrDefault(row, Map.of()).getOrDefault(column, 0L);
    }

    /** The sum over every column of a row. */
    public long rowTotal(String row) {
        return cells.getOrDefault(row, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** The sum over every row of a column. */
    public long columnTotal(String column) {
        return cells.values().stream()
                .mapToLong(cols -> cols.getOrDefault(column, 0L))
                .sum();
    }

    public long total() {
        return cells.keySet().stream().mapToLong(this::rowTotal).sum();
    }

    /** These counts with {@code n} added to one cell. */
    public Counts plus(String row, String column, long n) {
        Map<String, Map<String, Long>> copy = mutableCopy();
        copy.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(column, n, Long::sum);
        return new Counts(copy);
    }

    /** The cell-by-cell sum. */
    public Counts plus(Counts o) {
        Map<String, Map<String, Long>> copy = mutableCopy();
        o.cells.forEach((row, cols) -> cols.forEach((col, v) ->
                copy.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(col, v, Long::sum)));
        return new Counts(copy);
    }

    private Map<String, Map<String, Long>> mutableCopy() {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        cells.forEach((row, cols) -> copy.put(row, new LinkedHashMap<>(cols)));
        return copy;
    }
}
