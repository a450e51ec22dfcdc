package org.gongkai.platform.web;

import java.util.List;

/**
 * A horizontal bar chart for a page, drawn by the shared fragment {@code fragments/charts :: bars(chart)} as inline
 * SVG on the server (no script) with a title, a description and the same figures as a table for people who do not
 * see the picture. Bars may be grouped (a figure over several years): the group is printed above its bars. Each bar
 * has its label on its own line above it, so the chart stays legible when scaled down to a phone's width.
 *
 * @param id unique on the page (the SVG's title and description are named from it)
 * @param title what the chart shows, also its caption
 * @param labelHeader the table's heading for the labels
 * @param valueHeader the table's heading for the values
 */
public record BarChart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars) {

    /** One bar; {@code group} may be null; {@code href} (may be null) links the table's label to its list. */
    public record Bar(String group, String label, long value, String href) {

        public Bar(String label, long value) {
            this(null, label, value, null);
        }
    }

    /** One drawn row: a group heading or a bar, at its vertical position in the SVG. */
    public record Row(int y, String group, Bar bar, int width) {}

    /** The SVG's width in user units; the longest bar leaves room for its value. */
    public static final int WIDTH = 400;

    static final int PLOT = 340;
    static final int LINE = 18;
    static final int BAR = 14;

    public BarChart {
        bars = List.copyOf(bars);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    /** The rows as drawn: a heading where the group changes, then each bar's label line and bar. */
    public List<Row> rows() {
        long max = Math.max(1, max());
        java.util.ArrayList<Row> rows = new java.util.ArrayList<>();
        int y = 0;
        String group = null;
        for (Bar b : bars) {
            if (b.group() != null && !b.group().equals(group)) {
                group = b.group();
                y += LINE + 4;
                rows.add(new Row(y, group, null, 0));
            }
            y += LINE;
            rows.add(new Row(y, null, b, (int) Math.max(b.value() > 0 ? 2 : 0, b.value() * PLOT / max)));
            y += BAR + 6;
        }
        return List.copyOf(rows);
    }

    /** The SVG's height in user units. */
    public int height() {
        List<Row> rows = rows();
        return rows.isEmpty() ? 0 : rows.getLast().y() + BAR + 8;
    }

    /** The SVG's view box: {@link #WIDTH} wide, {@link #height()} high. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    /** The label of the highest bar (the first of equals), for the chart's description. */
    public String top() {
        return bars.stream()
                .filter(b -> b.value() == max())
                .map(b -> b.group() == null ? b.label() : b.group() + " " + b.label())
                .findFirst()
                .orElse("");
    }
}
