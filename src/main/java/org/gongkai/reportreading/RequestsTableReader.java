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
    record Result(Grid grid, Template template, List<String> inferred, int rows) {}

    private RequestsTableReader() {}

    static Result read(List<Token> tokens, Template fallback) {
        return read(tokens, fallback, false);
    }

    /**
     * @param recognised the tokens come from recognised (OCR) cells: a row whose label was misread beyond its
     *                   words may be known by most of its characters ({@link RequestRows#blurred}); in a text
     *                   file a label without its words is a part of one broken across lines
     */
    static Result read(List<Token> tokens, Template fallback, boolean recognised) {
        Map<String, List<RowAligner.Fit>> rows = new LinkedHashMap<>();
        Map<String, String> runs = new java.util.HashMap<>();
        int next = 0;
        String carry = "";
        for (Segment s : byLine(Segment.of(wrappedLabels(tokens)))) {
            String label = carry + s.label();
            int k = RequestRows.find(label, next, WINDOW);
            if (s.numbers() > 0) {
                k = RequestRows.begunAfter(label, Math.max(k, RequestRows.findLastNamed(label, next, WINDOW)));
            }
            if (k < 0 && recognised) {
                k = RequestRows.blurred(s.label(), next, WINDOW); // a label misread by recognition
            }
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
                String run = RowChoice.digitRun(s.values());
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
     * A label cell that wraps in a ruled table printed from a web page stands with its row's numbers on its first or
     * middle line, the rest on the line after them, before the next row's label. That line continues the row's label
     * when a row's name runs across the break ("逾期不补" and "正、行政机关…", "属于行政执" and "法案卷"): its text is
     * moved before the numbers. A line the next row's numbers stand on is that row's.
     */
    static List<Token> wrappedLabels(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        int labelStart = 0;
        int i = 0;
        while (i < out.size()) {
            while (i < out.size() && out.get(i).isText()) {
                i++;
            }
            int valuesStart = i;
            while (i < out.size() && !out.get(i).isText()) {
                i++;
            }
            if (valuesStart == i || i == out.size()) {
                break;
            }
            int line = out.get(i - 1).line();
            int headEnd = i;
            while (headEnd < out.size()
                    && out.get(headEnd).isText()
                    && out.get(headEnd).line() == line + 1) {
                headEnd++;
            }
            boolean ownLine = headEnd > i
                    && !(headEnd < out.size()
                            && !out.get(headEnd).isText()
                            && out.get(headEnd).line() == line + 1);
            if (ownLine && nameAcross(text(out, labelStart, valuesStart), text(out, i, headEnd))) {
                List<Token> head = new ArrayList<>(out.subList(i, headEnd));
                out.subList(i, headEnd).clear();
                out.addAll(valuesStart, head);
                i = headEnd;
            }
            labelStart = i;
        }
        return out;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens.subList(from, to)) {
            Segment.appendNoSpace(sb, t.text());
        }
        return sb.toString();
    }

    /** Whether a row's name stands in the label and its continuation together, in neither alone. */
    private static boolean nameAcross(String label, String next) {
        String tail = label.length() > 40 ? label.substring(label.length() - 40) : label;
        String joined = tail + next;
        for (String key : RequestRows.KEYS) {
            if (RequestRows.matches(key, joined)
                    && !RequestRows.matches(key, tail)
                    && !RequestRows.matches(key, next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row whose label was lost runs on from the row before it: where a segment's cells come from several
     * source lines that each hold a row's worth of numbers, each line is a row (the later ones unlabelled). Lines
     * that hold no more than one row's worth together are one row wrapped (a page printed from plain text); blanks
     * alone on the last line are the next row's and are left out.
     */
    static List<Segment> byLine(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (Segment read : segments) {
            Segment s = read;
            List<List<Token>> groups = new ArrayList<>();
            int line = Integer.MIN_VALUE;
            for (Token t : read.values()) {
                if (t.line() != line) {
                    groups.add(new ArrayList<>());
                    line = t.line();
                }
                groups.get(groups.size() - 1).add(t);
            }
            if (s.numbers() > 0) {
                // blanks alone on a later line are the next row's leading cells (a label cell left empty)
                while (groups.size() > 1
                        && groups.get(groups.size() - 1).stream().allMatch(Token::isBlank)) {
                    groups.remove(groups.size() - 1);
                }
                List<Token> kept = groups.stream().flatMap(List::stream).toList();
                if (kept.size() < read.values().size()) {
                    s = new Segment(read.label(), kept);
                }
            }
            boolean rows = groups.size() > 1
                    && s.numbers() > W // a row's worth or less: one row that wrapped onto the next line
                    && groups.stream()
                            .allMatch(g -> g.stream().filter(Token::isNum).count() >= 3
                                    || g.stream().allMatch(Token::isBlank));
            if (!rows || s.numbers() == 0) {
                out.add(s); // a row printed blank stays a row
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

    private static List<String> solve(
            Layout layout, Map<String, List<RowAligner.Fit>> rows, Grid grid, Map<String, String> runs) {
        List<String> keys = layout.rowKeys();
        int cells = keys.size() * W;
        SumSolver solver = constraints(layout);
        int[] choice = new int[keys.size()];
        List<List<RowAligner.Fit>> fits = new ArrayList<>();
        for (String k : keys) {
            fits.add(rows.get(k));
        }
        double best = RowChoice.evaluate(fits, choice, solver, cells, null);
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
                    double e = RowChoice.evaluate(fits, choice, solver, cells, null);
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
        best = RowChoice.pairMoves(fits, choice, solver, cells, best);
        long[] values = new long[cells];
        boolean[] inferred = new boolean[cells];
        RowChoice.evaluate(fits, choice, solver, cells, new Object[] {values, inferred});
        if (!runs.isEmpty() && solver.satisfied(values) < solver.size()) {
            for (int round = 0; round < 3 && RowChoice.byImpliedValues(keys, fits, choice, runs, values); round++) {
                RowChoice.evaluate(fits, choice, solver, cells, new Object[] {values, inferred});
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
