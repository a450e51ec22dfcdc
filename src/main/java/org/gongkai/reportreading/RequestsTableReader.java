package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.Arrays;
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
        Map<String, String> runs = new java.util.HashMap<>();
        int next = 0;
        String carry = "";
        for (Segment s : byLine(Segment.of(tokens))) {
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
                String run = digitRun(s.values());
                if (run != null) {
                    runs.put(key, run);
                }
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
        List<String> inferred = solve(layout, placed, grid, runs);
        return new Result(grid, format, inferred, rows.size());
    }

    /**
     * A row whose label was lost runs on from the row before it: where a segment's cells come from several
     * source lines that each hold a row's worth of numbers, each line is a row (the later ones unlabelled).
     */
    static List<Segment> byLine(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            List<List<Token>> groups = new ArrayList<>();
            int line = Integer.MIN_VALUE;
            for (Token t : s.values()) {
                if (t.line() != line) {
                    groups.add(new ArrayList<>());
                    line = t.line();
                }
                groups.get(groups.size() - 1).add(t);
            }
            boolean rows = groups.size() > 1 && groups.stream()
                    .allMatch(g -> g.stream().filter(Token::isNum).count() >= 3 || g.stream().allMatch(Token::isBlank));
            if (!rows) {
                out.add(s);
                continue;
            }
            String label = s.label();
            for (List<Token> g : groups) {
                if (g.stream().allMatch(Token::isBlank)) {
                    continue;
                }
                out.add(new Segment(label, g));
                label = "";
            }
        }
        return out;
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

    /** The row's cells as one string of digits with '|' where the source separated them, or null. */
    static String digitRun(List<Token> cells) {
        StringBuilder sb = new StringBuilder();
        for (Token t : cells) {
            if (!t.isNum() || !t.digits()) {
                return null;
            }
            sb.append(sb.length() == 0 ? "" : "|").append(t.text());
        }
        return sb.length() > W ? sb.toString() : null;
    }

    /**
     * Digits run together can often be cut several ways that all add up within the row. When the other rows
     * imply this row's values (balance, column sums) and those values printed together are exactly the row's
     * digits, that is the reading.
     */
    private static boolean byImpliedValues(List<String> keys, List<List<RowAligner.Fit>> fits, int[] choice,
                                           Map<String, String> runs, long[] v) {
        boolean changed = false;
        int total = keys.indexOf("total");
        int in = keys.indexOf("new_received");
        int carried = keys.indexOf("carried_over");
        int fwd = keys.indexOf("carried_forward");
        int first = keys.indexOf("granted");
        for (int r = 0; r < keys.size(); r++) {
            String run = runs.get(keys.get(r));
            if (run == null) {
                continue;
            }
            long[] implied = new long[W];
            for (int c = 0; c < W; c++) {
                long x;
                if (r == in) {
                    x = v[total * W + c] + v[fwd * W + c] - v[carried * W + c];
                } else if (r == carried) {
                    x = v[total * W + c] + v[fwd * W + c] - v[in * W + c];
                } else if (r == fwd) {
                    x = v[in * W + c] + v[carried * W + c] - v[total * W + c];
                } else {
                    long sum = 0;
                    for (int o = first; o < total; o++) {
                        sum += o == r ? 0 : v[o * W + c];
                    }
                    x = r == total ? sum : v[total * W + c] - sum;
                }
                implied[c] = x;
            }
            StringBuilder printed = new StringBuilder();
            for (long x : implied) {
                printed.append(x);
            }
            boolean agrees = printed.toString().equals(run.replace("|", ""))
                    && Arrays.stream(implied).allMatch(x -> x >= 0) && respectsCuts(implied, run);
            if (!agrees || Arrays.equals(implied, Arrays.copyOfRange(v, r * W, r * W + W))) {
                continue;
            }
            List<RowAligner.Fit> f = new ArrayList<>(fits.get(r));
            f.add(0, new RowAligner.Fit(implied, new boolean[W], 3));
            fits.set(r, f);
            choice[r] = 0;
            System.arraycopy(implied, 0, v, r * W, W);
            changed = true;
        }
        return changed;
    }

    /** The cells do not cut through a separator the source printed. */
    private static boolean respectsCuts(long[] values, String run) {
        java.util.Set<Integer> cuts = new java.util.HashSet<>();
        int pos = 0;
        for (long x : values) {
            pos += Long.toString(x).length();
            cuts.add(pos);
        }
        pos = 0;
        for (String piece : run.split("\\|")) {
            pos += piece.length();
            if (!cuts.contains(pos)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> solve(Layout layout, Map<String, List<RowAligner.Fit>> rows, Grid grid,
                                      Map<String, String> runs) {
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
        best = pairMoves(fits, choice, solver, cells, best);
        long[] values = new long[cells];
        boolean[] inferred = new boolean[cells];
        evaluate(fits, choice, solver, cells, new Object[] {values, inferred});
        if (!runs.isEmpty() && solver.satisfied(values) < solver.size()) {
            for (int round = 0; round < 3 && byImpliedValues(keys, fits, choice, runs, values); round++) {
                evaluate(fits, choice, solver, cells, new Object[] {values, inferred});
            }
        }
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

    private static final int PAIR_BUDGET = 4000;
    private static final int PAIR_FITS = 8;

    /**
     * When changing one row at a time no longer helps but sums still fail, two rows may be misread together
     * (a total and the row it balances): try changing two ambiguous rows at once, within a budget.
     */
    private static double pairMoves(List<List<RowAligner.Fit>> fits, int[] choice, SumSolver solver, int cells,
                                    double best) {
        List<Integer> ambiguous = new ArrayList<>();
        for (int r = 0; r < fits.size(); r++) {
            if (fits.get(r) != null && fits.get(r).size() > 1) {
                ambiguous.add(r);
            }
        }
        int budget = PAIR_BUDGET;
        boolean improved = true;
        while (improved && budget > 0) {
            improved = false;
            long[] v = new long[cells];
            boolean[] inf = new boolean[cells];
            evaluate(fits, choice, solver, cells, new Object[] {v, inf});
            if (solver.satisfied(v) == solver.size()) {
                break;
            }
            for (int i = 0; i < ambiguous.size() && budget > 0 && !improved; i++) {
                for (int j = i + 1; j < ambiguous.size() && budget > 0 && !improved; j++) {
                    int a = ambiguous.get(i);
                    int b = ambiguous.get(j);
                    int keepA = choice[a];
                    int keepB = choice[b];
                    for (int x = 0; x < Math.min(PAIR_FITS, fits.get(a).size()) && !improved; x++) {
                        for (int y = 0; y < Math.min(PAIR_FITS, fits.get(b).size()) && !improved; y++) {
                            if (x == keepA || y == keepB) {
                                continue;
                            }
                            choice[a] = x;
                            choice[b] = y;
                            budget--;
                            double e = evaluate(fits, choice, solver, cells, null);
                            if (e > best + 1e-9) {
                                best = e;
                                improved = true;
                            }
                        }
                    }
                    if (!improved) {
                        choice[a] = keepA;
                        choice[b] = keepB;
                    }
                }
            }
        }
        return best;
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
        return solver.satisfiedWeight(v) - 0.01 * filled + 0.001 * local;
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
            // the balance ties four rows only; column sums tie every outcome row: trust them a little more
            s.add(new int[] {in * W + c, carried * W + c}, new int[] {total * W + c, fwd * W + c}, 0.9);
        }
        return s;
    }
}
