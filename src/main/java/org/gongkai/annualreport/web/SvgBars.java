package org.gongkai.annualreport.web;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, drawn on the server (no JavaScript): one bar per label, value printed
 * at the bar's end, with a title and description for screen readers.
 */
final class SvgBars {

    record Bar(String label, long value) {}

    private SvgBars() {}

    static String render(String title, List<Bar> bars) {
        int rowHeight = 22;
        int labelWidth = 170;
        int chartWidth = 380;
        int height = Math.max(rowHeight, bars.size() * rowHeight) + 8;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(labelWidth + chartWidth + 60)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"t")
                .append(Math.abs(title.hashCode()))
                .append("\"><title id=\"t")
                .append(Math.abs(title.hashCode()))
                .append("\">")
                .append(esc(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * rowHeight;
            long w = Math.round((double) b.value() * chartWidth / max);
            s.append("<text x=\"")
                    .append(labelWidth - 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"13\">")
                    .append(esc(b.label()))
                    .append("</text>");
            s.append("<rect class=\"bar\" x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(Math.max(w, 1))
                    .append("\" height=\"")
                    .append(rowHeight - 6)
                    .append("\"/>");
            s.append("<text x=\"")
                    .append(labelWidth + w + 4)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" font-size=\"13\">")
                    .append(b.value())
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
