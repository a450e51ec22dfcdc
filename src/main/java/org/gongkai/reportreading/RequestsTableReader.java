package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layout;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.Template;

/**
 * Reads table 三 (收到和处理政府信息公开申请情况): recognises each row by its label, fits its cells to the seven
 * applicant columns, chooses among equally plausible fits by the column sums and the balance identity, and
 * fills blank or lost cells that the sums determine.
 */
final class RequestsTableReader {

    private static final int[] ROW_GROUPS = {7};
    private static final int WINDOW = 8;
    private static final int W = 7;

    /** The table as read, with its format as the rows tell it (null when they do not) and inferred paths. */
    record Result(Grid grid, Template template, List<String> inferred, int rows) {
    }

    private RequestsTableReader() {
    }

    static Result read(List<Token> tokens, Template fallback) {
        Map<String, List<RowAligner.Fit>> rows = new LinkedHashMap<>();
        int next = 0;
        String carry = "";
        for (Segment s : Segment.of(tokens)) {
            String label = carry + s.label();
            int k = RequestRows.find(label, next, WINDOW);
            if (s.numbers() == 0 && s.values().size() < W - 1) {
                k = -1; // a label broken across lines: the blanks after its first part are no row
            }
            if (k < 0) {
                if (s.numbers() >= 3 && next < RequestRows.KEYS.size() && !rows.isEmpty()) {
                    k = next; // label lost: the next row in order
                } else {
                    carry = label.length() > 200 ? label.substring(label.length() - 200) : label;
                    continue;
                }
            }
            carry = "";
            String key = RequestRows.KEYS.get(k);
            List<RowAligner.Fit> fits = RowAligner.fits(s.values(), ROW_GROUPS);
            if (!fits.isEmpty()) {
                rows.put(key, fits);
            }
            next = k + 1;
        }
        if (rows.size() < 3) {
            return null;
        }
        Template t = shape(rows.keySet());
        if (t == null) {
            t = fallback == null ? Template.T2021 : fallback;
        }
        Template format = shape(rows.keySet());
        Layout layout = Layouts.requests(t);
        Map<String, List<RowAligner.Fit>> placed = place(rows, t);
        Grid grid = new Grid(layout);
        List<String> inferred = solve(layout, placed, grid);
        return new Result(grid, format, inferred, rows.size());
    }

    static Template shape(java.util.Set<String> keys) {
        if (keys.contains("other_no_correction") || keys.contains("other_unpaid_fee") || keys.contains("other_other")) {
            return Template.T2021;
        }
        return keys.contains("other") ? Template.T2019 : null;
    }

    /** Moves rows of the other format's （六） into this layout. */
    private static Map<String, List<RowAligner.Fit>> place(Map<String, List<RowAligner.Fit>> rows, Template t) {
        Map<String, List<RowAligner.Fit>> out = new LinkedHashMap<>(rows);
        if (t == Template.T2019) {
            out.remove("other_no_correction");
            out.remove("other_unpaid_fee");
            out.remove("other_other");
        } else if (out.containsKey("other")) {
            out.putIfAbsent("other_other", out.get("other"));
            out.remove("other");
        }
        return out;
    }

    private static List<String> solve(Layout layout, Map<String, List<RowAligner.Fit>> rows, Grid grid) {
        List<String> keys = layout.rowKeys();
        int cells = keys.size() * W;
        SumSolver solver = constraints(layout);
        int[] choice = new int[keys.size()];
        List<List<RowAligner.Fit>> fits = new ArrayList<>();
        for (String k : keys) {
            fits.add(rows.get(k));
        }
        double best = evaluate(fits, choice, solver, cells, null);
        for (int pass = 0; pass < 2; pass++) {
            boolean improved = false;
            for (int r = 0; r < keys.size(); r++) {
                List<RowAligner.Fit> f = fits.get(r);
                if (f == null || f.size() < 2) {
                    continue;
                }
                int keep = choice[r];
                for (int c = 0; c < f.size(); c++) {
                    if (c == keep) {
                        continue;
                    }
                    choice[r] = c;
                    double e = evaluate(fits, choice, solver, cells, null);
                    if (e > best + 1e-9) {
                        best = e;
                        keep = c;
                        improved = true;
                    }
                }
                choice[r] = keep;
            }
            if (!improved) {
                break;
            }
        }
        long[] values = new long[cells];
        boolean[] inferred = new boolean[cells];
        evaluate(fits, choice, solver, cells, new Object[] {values, inferred});
        List<String> paths = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            for (int c = 0; c < W; c++) {
                String col = Layouts.APPLICANT_COLUMNS.get(c);
                grid.set(keys.get(r), col, values[r * W + c]);
                if (inferred[r * W + c]) {
                    paths.add("requests." + keys.get(r) + "." + col);
                }
            }
        }
        return paths;
    }

    private static double evaluate(List<List<RowAligner.Fit>> fits, int[] choice, SumSolver solver, int cells,
            Object[] out) {
        long[] v = new long[cells];
        boolean[] blank = new boolean[cells];
        for (int r = 0; r < fits.size(); r++) {
            List<RowAligner.Fit> f = fits.get(r);
            for (int c = 0; c < W; c++) {
                if (f == null) {
                    blank[r * W + c] = true;
                } else {
                    RowAligner.Fit fit = f.get(choice[r]);
                    v[r * W + c] = fit.blank()[c] ? 0 : fit.values()[c];
                    blank[r * W + c] = fit.blank()[c];
                }
            }
        }
        double local = 0;
        for (int r = 0; r < fits.size(); r++) {
            if (fits.get(r) != null) {
                local += fits.get(r).get(choice[r]).score();
            }
        }
        boolean[] inferred = new boolean[cells];
        int filled = solver.infer(v, blank, inferred);
        if (out != null) {
            System.arraycopy(v, 0, (long[]) out[0], 0, cells);
            System.arraycopy(inferred, 0, (boolean[]) out[1], 0, cells);
        }
        return solver.satisfied(v) - 0.01 * filled + 0.001 * local;
    }

    /** Row sums, column sums and the balance identity of a requests layout, over cells row*7+column. */
    static SumSolver constraints(Layout layout) {
        List<String> keys = layout.rowKeys();
        SumSolver s = new SumSolver(keys.size() * W);
        for (int r = 0; r < keys.size(); r++) {
            int[] parts = new int[W - 1];
            for (int c = 0; c < W - 1; c++) {
                parts[c] = r * W + c;
            }
            s.add(parts, new int[] {r * W + W - 1});
        }
        Grid probe = new Grid(layout);
        List<String> outcomes = ReportChecks.outcomeRows(probe);
        int total = keys.indexOf("total");
        for (int c = 0; c < W; c++) {
            int[] plus = new int[outcomes.size()];
            for (int i = 0; i < outcomes.size(); i++) {
                plus[i] = keys.indexOf(outcomes.get(i)) * W + c;
            }
            s.add(plus, new int[] {total * W + c});
        }
        int in = keys.indexOf("new_received");
        int carried = keys.indexOf("carried_over");
        int fwd = keys.indexOf("carried_forward");
        for (int c = 0; c < W; c++) {
            s.add(new int[] {in * W + c, carried * W + c}, new int[] {total * W + c, fwd * W + c});
        }
        return s;
    }
}
