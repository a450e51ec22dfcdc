package org.gongkai.reportreading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.ReportChecks;

/**
 * Which cells to highlight: those the reader inferred ({@code inferred}) and those taking part in a failed
 * check ({@code bad}); keys are cell paths such as {@code requests.granted.total}.
 */
public final class CellMarks {

    public static final String INFERRED = "inferred";
    public static final String BAD = "bad";

    private CellMarks() {}

    public static Map<String, String> of(AnnualReport r) {
        Map<String, String> marks = new HashMap<>();
        for (Finding f : r.findings()) {
            for (String path : cells(r, f)) {
                marks.put(path, BAD);
            }
        }
        for (String p : r.inferred()) {
            marks.putIfAbsent(p, INFERRED);
        }
        return marks;
    }

    /** The cells a finding is about. */
    static List<String> cells(AnnualReport r, Finding f) {
        String[] p = f.where().split("\\.");
        if (p.length != 3) {
            return List.of();
        }
        Grid g = r.table(p[0]);
        if (g == null) {
            return List.of();
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (p[2].equals("*") && g.layout().hasRow(p[1])) {
            g.columns(p[1]).forEach(c -> out.add(p[0] + "." + p[1] + "." + c));
        } else if (p[1].equals("*") && p[0].equals(Layouts.REQUESTS)) {
            List<String> rows = f.code().equals(Finding.BALANCE)
                    ? List.of("new_received", "carried_over", "total", "carried_forward")
                    : new java.util.ArrayList<>(ReportChecks.outcomeRows(g));
            if (!f.code().equals(Finding.BALANCE)) {
                rows.add("total");
            }
            rows.forEach(row -> out.add(p[0] + "." + row + "." + p[2]));
        } else {
            out.add(f.where());
        }
        return out;
    }
}
