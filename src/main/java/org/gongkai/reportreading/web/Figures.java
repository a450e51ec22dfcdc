package org.gongkai.reportreading.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;

/** Key figures of reports side by side: applications, outcome mix, reconsiderations and suits. */
record Figures(
        String label,
        String unit,
        Integer year,
        long received,
        long carriedOver,
        long closed,
        long carriedForward,
        long[] mix,
        long[] suits,
        int findings) {

    static final List<String> MIX_NAMES = List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理");
    static final List<String> SUIT_NAMES = List.of("行政复议", "直接起诉", "复议后起诉");

    static List<Figures> of(List<AnnualReport> reports) {
        List<Figures> out = new ArrayList<>();
        for (AnnualReport r : reports) {
            Grid q = r.requests();
            out.add(new Figures(
                    ReportReadingConsoleController.label(r),
                    r.unit(),
                    r.year(),
                    t(q, "new_received"),
                    t(q, "carried_over"),
                    t(q, "total"),
                    t(q, "carried_forward"),
                    mix(r),
                    suits(r),
                    r.findings().size()));
        }
        return out;
    }

    static long[] mix(AnnualReport r) {
        long[] m = new long[6];
        Grid q = r.requests();
        if (q == null) {
            return m;
        }
        for (String row : q.rowKeys()) {
            long v = q.count(row, "total");
            if (row.equals("granted")) {
                m[0] += v;
            } else if (row.equals("partially_granted")) {
                m[1] += v;
            } else if (row.startsWith("withheld_")) {
                m[2] += v;
            } else if (row.startsWith("unable_")) {
                m[3] += v;
            } else if (row.startsWith("rejected_")) {
                m[4] += v;
            } else if (row.startsWith("other")) {
                m[5] += v;
            }
        }
        return m;
    }

    static long[] suits(AnnualReport r) {
        Grid g = r.reviews();
        if (g == null) {
            return new long[3];
        }
        return new long[] {
            g.count("reconsideration", "total"),
            g.count("litigation_direct", "total"),
            g.count("litigation_after_reconsideration", "total")
        };
    }

    private static long t(Grid q, String row) {
        return q == null ? 0 : q.count(row, "total");
    }
}
