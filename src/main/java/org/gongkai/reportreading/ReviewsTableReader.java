package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layouts;

/**
 * Reads table 四 (行政复议、行政诉讼): fifteen cells, printed as one row under a two-level header, or as three
 * labelled rows of five. Each group of five ends with its 总计.
 */
final class ReviewsTableReader {

    /**
     * The table, the cells the sums filled, the rows whose five cells were all printed (none blank), and whether
     * the cells were placed from every number of their rows ({@code whole}): false when a row's numbers were cut in
     * two by something that is not a number (a misread cell) and only the longer part was placed, or when the row
     * has fewer cells than fifteen.
     */
    record Result(Grid grid, List<String> inferred, java.util.Set<String> printed, boolean whole) {
        Result notWhole() {
            return new Result(grid, inferred, printed, false);
        }
    }

    private static final String[] ROW_WORDS = {"行政复议", "直接起诉", "复议后起诉"};

    private ReviewsTableReader() {}

    static Result read(List<Token> tokens) {
        List<Segment> segments = Segment.of(tokens);
        Result perRow = perRow(segments);
        if (perRow != null) {
            return perRow;
        }
        Segment widest = null;
        for (Segment s : segments) {
            if (s.numbers() > 0 && (widest == null || s.numbers() >= widest.numbers())) {
                widest = s;
            }
        }
        if (widest == null) {
            return null;
        }
        Result r = fromRow(widest);
        // fewer cells than the row has: some were lost (on a scan, a rule the grid missed), so no place is sure
        boolean whole = !cutShort(segments, widest) && widest.values().size() >= 15;
        return r == null || whole ? r : r.notWhole();
    }

    /** Whether numbers on the lines of {@code row} were left in another segment (after a token not a number). */
    private static boolean cutShort(List<Segment> segments, Segment row) {
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        row.values().forEach(t -> lines.add(t.line()));
        for (Segment s : segments) {
            if (s != row) {
                for (Token t : s.values()) {
                    if (t.isNum() && lines.contains(t.line())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Result fromRow(Segment widest) {
        List<RowAligner.Fit> fits = RowAligner.fits(widest.values(), new int[] {5, 5, 5});
        if (fits.isEmpty() || widest.numbers() < 3 && fits.get(0).blanks() > 0) {
            long[] odd = oneGroupOff(widest);
            if (odd != null) {
                return fill(new RowAligner.Fit(odd, new boolean[15], 0), 15);
            }
        }
        if (fits.isEmpty() || widest.numbers() < 3 && fits.get(0).blanks() > 0) {
            return null; // a stray number in text, not a table
        }
        return fill(fits.get(0), 15);
    }

    /**
     * Digits run together whose three groups do not all add up (a printed 总计 that disagrees): the one
     * split in which two groups add up and the third, read cell by cell, takes the remaining digits; null
     * when there is none or more than one.
     */
    static long[] oneGroupOff(Segment s) {
        List<String> pieces = new ArrayList<>();
        for (Token t : s.values()) {
            if (t.isNum() && t.digits()) {
                pieces.add(t.text());
            } else if (!t.isBlank()) {
                return null;
            }
        }
        if (pieces.isEmpty() || String.join("", pieces).length() < 15) {
            return null;
        }
        long[] found = null;
        for (int g = 0; g < 3; g++) {
            int[] groups = new int[7];
            int i = 0;
            for (int k = 0; k < 3; k++) {
                if (k == g) {
                    for (int c = 0; c < 5; c++) {
                        groups[i++] = 1;
                    }
                } else {
                    groups[i++] = 5;
                }
            }
            for (long[] v : DigitSplitter.split(pieces, groups)) {
                if (found != null && !java.util.Arrays.equals(found, v)) {
                    return null;
                }
                found = v;
            }
        }
        return found;
    }

    /** Three rows, each label followed by five cells. */
    private static Result perRow(List<Segment> segments) {
        RowAligner.Fit[] rows = new RowAligner.Fit[3];
        int found = 0;
        int next = 0;
        for (Segment s : segments) {
            if (next >= 3) {
                break;
            }
            String l = s.label();
            int k = -1;
            for (int i = next; i < 3; i++) {
                if (l.endsWith(ROW_WORDS[i])
                        || (i > 0 && l.contains(ROW_WORDS[i]))
                        || (i == 0 && l.contains(ROW_WORDS[0]) && !l.contains("行政诉讼"))) {
                    k = i;
                    break;
                }
            }
            if (k < 0 || s.numbers() < 2 || s.values().size() > 8) {
                continue;
            }
            List<RowAligner.Fit> f = RowAligner.fits(s.values(), new int[] {5});
            if (!f.isEmpty()) {
                rows[k] = f.get(0);
                found++;
                next = k + 1;
            }
        }
        if (found < 2) {
            return null;
        }
        long[] v = new long[15];
        boolean[] b = new boolean[15];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                if (rows[r] == null) {
                    b[r * 5 + c] = true;
                } else {
                    v[r * 5 + c] = rows[r].blank()[c] ? 0 : rows[r].values()[c];
                    b[r * 5 + c] = rows[r].blank()[c];
                }
            }
        }
        return fill(new RowAligner.Fit(v, b, 0), 15);
    }

    private static Result fill(RowAligner.Fit fit, int n) {
        long[] v = new long[n];
        boolean[] blank = new boolean[n];
        for (int i = 0; i < n; i++) {
            blank[i] = fit.blank()[i];
            v[i] = blank[i] ? 0 : fit.values()[i];
        }
        SumSolver s = new SumSolver(n);
        for (int r = 0; r < 3; r++) {
            s.add(new int[] {r * 5, r * 5 + 1, r * 5 + 2, r * 5 + 3}, new int[] {r * 5 + 4});
        }
        boolean[] inferred = new boolean[n];
        s.infer(v, blank, inferred);
        Grid g = new Grid(Layouts.reviews());
        List<String> paths = new ArrayList<>();
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (int r = 0; r < 3; r++) {
            String row = Layouts.REVIEW_ROWS.get(r);
            boolean all = true;
            for (int c = 0; c < 5; c++) {
                all &= !blank[r * 5 + c];
            }
            if (all) {
                printed.add(row);
            }
            for (int c = 0; c < 5; c++) {
                String col = Layouts.REVIEW_COLUMNS.get(c);
                g.set(row, col, v[r * 5 + c]);
                if (inferred[r * 5 + c]) {
                    paths.add("reviews." + row + "." + col);
                }
            }
        }
        return new Result(g, paths, printed, true);
    }
}
