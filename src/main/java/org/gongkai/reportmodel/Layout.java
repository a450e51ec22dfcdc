package org.gongkai.reportmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of one table: its rows in contract order, and for each row its columns in contract order.
 * Rows of the requests and reviews tables all share one column list; the proactive table's rows differ.
 */
public final class Layout {

    private final String table;
    private final Map<String, List<String>> rows;
    private final List<String> rowKeys;

    private Layout(String table, Map<String, List<String>> rows) {
        this.table = table;
        this.rows = Collections.unmodifiableMap(rows);
        this.rowKeys = List.copyOf(rows.keySet());
    }

    /** The JSON key of the table: proactive, requests or reviews. */
    public String table() {
        return table;
    }

    public List<String> rowKeys() {
        return rowKeys;
    }

    public List<String> columns(String row) {
        List<String> c = rows.get(row);
        if (c == null) {
            throw new IllegalArgumentException("no row " + row + " in " + table);
        }
        return c;
    }

    public boolean hasRow(String row) {
        return rows.containsKey(row);
    }

    public int rowIndex(String row) {
        return rowKeys.indexOf(row);
    }

    static Builder builder(String table) {
        return new Builder(table);
    }

    static final class Builder {
        private final String table;
        private final Map<String, List<String>> rows = new LinkedHashMap<>();

        private Builder(String table) {
            this.table = table;
        }

        Builder row(String key, List<String> columns) {
            rows.put(key, List.copyOf(columns));
            return this;
        }

        Builder rows(List<String> keys, List<String> columns) {
            for (String k : keys) {
                row(k, columns);
            }
            return this;
        }

        Layout build() {
            return new Layout(table, new LinkedHashMap<>(rows));
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }
}
