package org.gongkai.annualreport.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;

/**
 * The annual report's key figures as a small inline SVG bar chart for the portal's report page: applications
 * received and carried over, each kind of outcome and those carried forward (all applicants). The figures are the
 * report's own; the chart only draws them, and the tables beside it stay the record.
 */
final class KeyFigureChart {

    record Bar(String label, long value) {}

    private static final int LABEL = 96;
    private static final int WIDTH = 360;
    private static final int ROW = 22;

    private KeyFigureChart() {}

    static List<Bar> bars(AnnualReport report) {
        Grid q = report.requests();
        List<Bar> bars = new ArrayList<>();
        if (q == null) {
            return bars;
        }
        long withheld = 0;
        long unable = 0;
        long rejected = 0;
        long other = 0;
        for (String row : q.rowKeys()) {
            long v = q.count(row, "total");
            if (row.startsWith("withheld_")) {
                withheld += v;
            } else if (row.startsWith("unable_")) {
                unable += v;
            } else if (row.startsWith("rejected_")) {
                rejected += v;
            } else if (row.startsWith("other_")) {
                other += v;
            }
        }
        bars.add(new Bar("本年新收申请", q.count("new_received", "total")));
        bars.add(new Bar("上年结转申请", q.count("carried_over", "total")));
        bars.add(new Bar("予以公开", q.count("granted", "total")));
        bars.add(new Bar("部分公开", q.count("partially_granted", "total")));
        bars.add(new Bar("不予公开", withheld));
        bars.add(new Bar("无法提供", unable));
        bars.add(new Bar("不予处理", rejected));
        bars.add(new Bar("其他处理", other));
        bars.add(new Bar("结转下年度", q.count("carried_forward", "total")));
        return bars;
    }

    /** The chart, or the empty string when the report has no requests table. */
    static String svg(AnnualReport report, String title) {
        List<Bar> bars = bars(report);
        if (bars.isEmpty()) {
            return "";
        }
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = bars.size() * ROW + 8;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart key-chart\" role=\"img\" aria-labelledby=\"kf-title\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"kf-title\">")
                .append(esc(title))
                .append("</title>");
        int y = 4;
        for (Bar b : bars) {
            double w = (WIDTH - LABEL - 48) * (double) b.value() / max;
            s.append("<text x=\"0\" y=\"")
                    .append(y + 15)
                    .append("\" font-size=\"13\">")
                    .append(esc(b.label()))
                    .append("</text><rect class=\"bar\" x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" height=\"15\" width=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", w))
                    .append("\"/><text x=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", LABEL + w + 4))
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" font-size=\"13\">")
                    .append(b.value())
                    .append("</text>");
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
