package org.gongkai.reportreading.web;

import java.util.List;

/** Server-drawn inline SVG charts (no JavaScript), each with a title for screen readers. */
final class SvgCharts {

    record Bar(String label, long value) {}

    record Parts(String label, long[] values) {}

    static final String[] COLOURS = {"#2f6f9f", "#7fb3d5", "#d4a017", "#c0504d", "#8e6fb5", "#6a9955", "#999999"};
    private static final int LABEL = 190;
    private static final int WIDTH = 420;
    private static final int ROW = 24;

    private SvgCharts() {}

    /** One horizontal bar per label. */
    static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder s = open(title, bars.size() * ROW + 8);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            long w = Math.round((double) b.value() * WIDTH / max);
            label(s, b.label(), y);
            s.append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(Math.max(1, w))
                    .append("\" height=\"")
                    .append(ROW - 8)
                    .append("\" fill=\"")
                    .append(COLOURS[0])
                    .append("\"/>");
            s.append("<text x=\"")
                    .append(LABEL + w + 4)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"12\">")
                    .append(b.value())
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** One bar per label split into its parts as shares of the whole, with a legend. */
    static String stacked(String title, List<String> partNames, List<Parts> rows) {
        StringBuilder s = open(title, rows.size() * ROW + 30);
        for (int i = 0; i < rows.size(); i++) {
            Parts p = rows.get(i);
            int y = 4 + i * ROW;
            label(s, p.label(), y);
            long total = 0;
            for (long v : p.values()) {
                total += Math.max(0, v);
            }
            double x = LABEL;
            for (int k = 0; k < p.values().length; k++) {
                double w = total == 0 ? 0 : (double) Math.max(0, p.values()[k]) * WIDTH / total;
                if (w > 0) {
                    s.append("<rect x=\"")
                            .append(fmt(x))
                            .append("\" y=\"")
                            .append(y + 3)
                            .append("\" width=\"")
                            .append(fmt(w))
                            .append("\" height=\"")
                            .append(ROW - 8)
                            .append("\" fill=\"")
                            .append(COLOURS[k % COLOURS.length])
                            .append("\"><title>")
                            .append(esc(partNames.get(k)))
                            .append(": ")
                            .append(p.values()[k])
                            .append("</title></rect>");
                }
                x += w;
            }
        }
        legend(s, partNames, 4 + rows.size() * ROW + 4);
        return s.append("</svg>").toString();
    }

    /** For each label, one thin bar per series. */
    static String grouped(String title, List<String> series, List<Parts> rows) {
        long max = 1;
        for (Parts p : rows) {
            for (long v : p.values()) {
                max = Math.max(max, v);
            }
        }
        int band = Math.max(ROW, series.size() * 10 + 6);
        StringBuilder s = open(title, rows.size() * band + 30);
        for (int i = 0; i < rows.size(); i++) {
            Parts p = rows.get(i);
            int y = 4 + i * band;
            label(s, p.label(), y + (band - ROW) / 2);
            for (int k = 0; k < p.values().length; k++) {
                long w = Math.round((double) p.values()[k] * WIDTH / max);
                int by = y + 3 + k * 10;
                s.append("<rect x=\"")
                        .append(LABEL)
                        .append("\" y=\"")
                        .append(by)
                        .append("\" width=\"")
                        .append(Math.max(1, w))
                        .append("\" height=\"8\" fill=\"")
                        .append(COLOURS[k % COLOURS.length])
                        .append("\"><title>")
                        .append(esc(series.get(k)))
                        .append(": ")
                        .append(p.values()[k])
                        .append("</title></rect>");
                s.append("<text x=\"")
                        .append(LABEL + w + 4)
                        .append("\" y=\"")
                        .append(by + 8)
                        .append("\" font-size=\"10\">")
                        .append(p.values()[k])
                        .append("</text>");
            }
        }
        legend(s, series, 4 + rows.size() * band + 4);
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        StringBuilder s = new StringBuilder(2048);
        String id = "c" + Integer.toHexString(title.hashCode());
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(LABEL + WIDTH + 60)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("\"><title id=\"")
                .append(id)
                .append("\">")
                .append(esc(title))
                .append("</title>");
        return s;
    }

    private static void label(StringBuilder s, String label, int y) {
        String shown = label.length() > 16 ? label.substring(0, 15) + "…" : label;
        s.append("<text x=\"")
                .append(LABEL - 6)
                .append("\" y=\"")
                .append(y + 16)
                .append("\" text-anchor=\"end\" font-size=\"12\">")
                .append(esc(shown))
                .append("</text>");
    }

    private static void legend(StringBuilder s, List<String> names, int y) {
        int x = LABEL;
        for (int k = 0; k < names.size(); k++) {
            s.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y + 2)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[k % COLOURS.length])
                    .append("\"/><text x=\"")
                    .append(x + 13)
                    .append("\" y=\"")
                    .append(y + 11)
                    .append("\" font-size=\"11\">")
                    .append(esc(names.get(k)))
                    .append("</text>");
            x += 16 + names.get(k).length() * 12;
        }
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
