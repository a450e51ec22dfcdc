package org.gongkai.reportmodel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one table, shaped by a {@link Layout}. A cell is a number (integers, except amounts in 万元);
 * a cell never set reads as zero, as a blank cell in a published table does.
 */
public final class Grid {

    private final Layout layout;
    private final Map<String, BigDecimal[]> cells = new HashMap<>();

    public Grid(Layout layout) {
        this.layout = layout;
        for (String row : layout.rowKeys()) {
            BigDecimal[] r = new BigDecimal[layout.columns(row).size()];
            java.util.Arrays.fill(r, BigDecimal.ZERO);
            cells.put(row, r);
        }
    }

    public Layout layout() {
        return layout;
    }

    public List<String> rowKeys() {
        return layout.rowKeys();
    }

    public List<String> columns(String row) {
        return layout.columns(row);
    }

    public BigDecimal get(String row, String column) {
        return cells.get(checkRow(row))[index(row, column)];
    }

    /** The cell as a whole number (counts); amounts with decimals are truncated. */
    public long count(String row, String column) {
        return get(row, column).longValue();
    }

    public Grid set(String row, String column, BigDecimal value) {
        cells.get(checkRow(row))[index(row, column)] = value == null ? BigDecimal.ZERO : value;
        return this;
    }

    public Grid set(String row, String column, long value) {
        return set(row, column, BigDecimal.valueOf(value));
    }

    /** Sets the row's cells in column order. */
    public Grid setRow(String row, long... values) {
        List<String> cols = layout.columns(row);
        if (values.length != cols.size()) {
            throw new IllegalArgumentException(row + " has " + cols.size() + " columns, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            set(row, cols.get(i), values[i]);
        }
        return this;
    }

    public Grid copy() {
        Grid g = new Grid(layout);
        cells.forEach((k, v) -> g.cells.put(k, v.clone()));
        return g;
    }

    private String checkRow(String row) {
        if (!layout.hasRow(row)) {
            throw new IllegalArgumentException("no row " + row + " in " + layout.table());
        }
        return row;
    }

    private int index(String row, String column) {
        int i = layout.columns(row).indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + layout.table() + "." + row);
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Grid g) || g.layout != layout) {
            return false;
        }
        for (String row : layout.rowKeys()) {
            BigDecimal[] a = cells.get(row);
            BigDecimal[] b = g.cells.get(row);
            for (int i = 0; i < a.length; i++) {
                if (a[i].compareTo(b[i]) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Paths (table.row.column) of the cells that differ from {@code other}, same layout assumed. */
    public java.util.List<String> differences(Grid other) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String row : layout.rowKeys()) {
            for (String c : layout.columns(row)) {
                BigDecimal theirs = other != null
                                && other.layout.hasRow(row)
                                && other.columns(row).contains(c)
                        ? other.get(row, c)
                        : null;
                if (theirs == null || theirs.compareTo(get(row, c)) != 0) {
                    out.add(layout.table() + "." + row + "." + c + "="
                            + get(row, c).toPlainString() + " vs " + (theirs == null ? "-" : theirs.toPlainString()));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(layout.table()).append('{');
        for (String row : layout.rowKeys()) {
            sb.append(row).append('=');
            for (String c : layout.columns(row)) {
                sb.append(get(row, c).toPlainString()).append(',');
            }
            sb.setLength(sb.length() - 1);
            sb.append("; ");
        }
        return sb.append('}').toString();
    }

    @Override
    public int hashCode() {
        return layout.table().hashCode();
    }
}
