package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the value cells read for one table row to the row's columns. Sources shift cells (a merged label
 * cell exported as an extra empty cell), drop empty cells (PDF text, runs of spaces) and run digits
 * together; every plausible fit is proposed and scored by the row's own sums, so that the table reader can
 * choose among the best ones with the column sums.
 */
final class RowAligner {

    /** One way to read a row: values with blank flags (a blank reads 0 unless the sums say otherwise). */
    record Fit(long[] values, boolean[] blank, double score) {
        Fit withScore(double s) {
            return new Fit(values, blank, s);
        }

        int blanks() {
            int n = 0;
            for (boolean b : blank) {
                n += b ? 1 : 0;
            }
            return n;
        }
    }

    static final int MAX_FITS = 48;
    /** Fits this close to the best are all offered to the table's column sums. */
    static final double MARGIN = 0.3;

    private static final double DROP = 0.02;
    private static final double INSERT = 0.1;
    private static final double SPLIT = 0.05;
    private static final double SPARSE = 0.001;
    private static final int MAX_GENERATED = 400;

    private RowAligner() {}

    /**
     * The best fits of {@code cells} (NUM and BLANK tokens) to a row of {@code groups} (sizes; in each group
     * of more than one cell the last is the sum), best first; only fits as good as the best are returned.
     */
    static List<Fit> fits(List<Token> cells, int[] groups) {
        int w = Arrays.stream(groups).sum();
        List<Fit> raw = new ArrayList<>();
        int first = 0;
        int last = cells.size();
        while (first < last && cells.get(first).isBlank()) {
            first++;
        }
        while (last > first && cells.get(last - 1).isBlank()) {
            last--;
        }
        // blanks at either end may be cells of the row or spill from the label and the line end
        int tail = cells.size() - last;
        generate(cells, w, groups, raw, 0);
        if (last < cells.size()) {
            generate(cells.subList(0, last), w, groups, raw, tail);
        }
        if (first > 0) {
            generate(cells.subList(first, cells.size()), w, groups, raw, first);
            if (last < cells.size()) {
                generate(cells.subList(first, last), w, groups, raw, first + tail);
            }
        }
        Map<String, Fit> unique = new LinkedHashMap<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Fit f : raw) {
            Fit scored = f.withScore(score(f, groups) - f.score);
            String key = Arrays.toString(f.values) + Arrays.toString(f.blank);
            unique.putIfAbsent(key, scored);
            best = Math.max(best, scored.score);
        }
        List<Fit> out = new ArrayList<>();
        for (Fit f : unique.values()) {
            if (f.score >= best - MARGIN) {
                out.add(f);
            }
        }
        out.sort((a, b) -> Double.compare(b.score, a.score));
        out = out.size() > MAX_FITS ? new ArrayList<>(out.subList(0, MAX_FITS)) : out;
        if (cells.size() == w) {
            // the cells as they stand, one a column (a ruled table's row, its illegible cells blank at either end):
            // always offered, so that the column sums can fill its blanks rather than a shifted reading winning on
            // the row's own sum ("" 0 0 0 0 0 "" read as a row of zeros, its total a zero moved over)
            Fit asRead = fromTokens(cells);
            Fit scored = asRead.withScore(score(asRead, groups));
            String key = Arrays.toString(asRead.values) + Arrays.toString(asRead.blank);
            if (out.stream().noneMatch(f -> key.equals(Arrays.toString(f.values) + Arrays.toString(f.blank)))) {
                out.add(scored);
            }
        }
        return out;
    }

    /** Adds fits of {@code cells}; each fit's score holds, for now, the penalty of the edits it needed. */
    private static void generate(List<Token> cells, int w, int[] groups, List<Fit> raw, int trimmed) {
        int n = cells.size();
        if (n == 0) {
            return;
        }
        int before = raw.size();
        double penalty = DROP * trimmed;
        if (n == w) {
            raw.add(fromTokens(cells));
        } else if (n > w) {
            dropBlanks(cells, n - w, raw);
            penalty += DROP * (n - w);
            if (raw.size() == before) {
                for (int s = 0; s + w <= n; s++) {
                    raw.add(fromTokens(cells.subList(s, s + w)));
                }
                penalty += 0.5 * (n - w);
            }
        } else {
            splitDigits(cells, groups, raw);
            for (int i = before; i < raw.size(); i++) {
                raw.set(i, raw.get(i).withScore(penalty + SPLIT));
            }
            before = raw.size();
            insertBlanks(cells, w - n, raw);
            penalty += INSERT * (w - n);
        }
        for (int i = before; i < raw.size(); i++) {
            raw.set(i, raw.get(i).withScore(penalty));
        }
    }

    /** How well the fit agrees with its own sums; blanks that would have to hold numbers cost a little. */
    static double score(Fit f, int[] groups) {
        double s = 0;
        int start = 0;
        for (int g : groups) {
            if (g > 1) {
                s += groupScore(f, start, g);
            }
            start += g;
        }
        // tables are sparse: of two readings equally good, the one with fewer non-zero cells
        for (int i = 0; i < f.values.length; i++) {
            if (!f.blank[i] && f.values[i] != 0) {
                s -= SPARSE;
            }
        }
        return s;
    }

    private static double groupScore(Fit f, int start, int g) {
        int total = start + g - 1;
        long sum = 0;
        int blanks = 0;
        for (int i = start; i < total; i++) {
            if (f.blank[i]) {
                blanks++;
            } else {
                sum += f.values[i];
            }
        }
        if (f.blank[total]) {
            return 2; // one fill makes it add up
        }
        long deficit = f.values[total] - sum;
        if (deficit == 0) {
            return 3;
        }
        return deficit > 0 && blanks > 0 ? 2 : 0;
    }

    private static Fit fromTokens(List<Token> cells) {
        long[] v = new long[cells.size()];
        boolean[] b = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            Token t = cells.get(i);
            if (t.isNum()) {
                v[i] = t.value().longValue();
            } else {
                b[i] = true;
            }
        }
        return new Fit(v, b, 0);
    }

    /** Removes {@code k} blank cells in every distinct way (only how many from each run of blanks matters). */
    private static void dropBlanks(List<Token> cells, int k, List<Fit> out) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < cells.size(); ) {
            if (cells.get(i).isBlank()) {
                int j = i;
                while (j < cells.size() && cells.get(j).isBlank()) {
                    j++;
                }
                runs.add(new int[] {i, j - i});
                i = j;
            } else {
                i++;
            }
        }
        int available = runs.stream().mapToInt(r -> r[1]).sum();
        if (available < k) {
            return;
        }
        dropFromRuns(cells, runs, 0, k, new int[runs.size()], out);
    }

    private static void dropFromRuns(List<Token> cells, List<int[]> runs, int r, int k, int[] take, List<Fit> out) {
        if (out.size() >= MAX_GENERATED) {
            return;
        }
        if (r == runs.size()) {
            if (k == 0) {
                List<Token> kept = new ArrayList<>(cells);
                for (int i = runs.size() - 1; i >= 0; i--) {
                    for (int t = 0; t < take[i]; t++) {
                        kept.remove(runs.get(i)[0]);
                    }
                }
                out.add(fromTokens(kept));
            }
            return;
        }
        for (int t = Math.min(k, runs.get(r)[1]); t >= 0; t--) {
            take[r] = t;
            dropFromRuns(cells, runs, r + 1, k - t, take, out);
        }
        take[r] = 0;
    }

    /** Inserts {@code k} blank cells into the gaps between cells, in every way (bounded). */
    private static void insertBlanks(List<Token> cells, int k, List<Fit> out) {
        int gaps = cells.size() + 1;
        insertInto(cells, new int[gaps], 0, k, out);
    }

    private static void insertInto(List<Token> cells, int[] counts, int gap, int k, List<Fit> out) {
        if (out.size() >= MAX_GENERATED) {
            return;
        }
        if (gap == counts.length - 1) {
            counts[gap] = k;
            List<Token> row = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                for (int c = 0; c < counts[i]; c++) {
                    row.add(Token.blank(-1));
                }
                if (i < cells.size()) {
                    row.add(cells.get(i));
                }
            }
            out.add(fromTokens(row));
            counts[gap] = 0;
            return;
        }
        for (int c = k; c >= 0; c--) {
            counts[gap] = c;
            insertInto(cells, counts, gap + 1, k - c, out);
        }
        counts[gap] = 0;
    }

    /** Cells printed without separators: split the digits so that the groups add up. */
    private static void splitDigits(List<Token> cells, int[] groups, List<Fit> out) {
        List<String> pieces = new ArrayList<>();
        boolean longRun = false;
        for (Token t : cells) {
            if (!t.isNum() || !t.digits()) {
                return;
            }
            pieces.add(t.text());
            longRun |= t.text().length() > 1;
        }
        if (!longRun) {
            return;
        }
        for (long[] v : DigitSplitter.split(pieces, groups)) {
            out.add(new Fit(v, new boolean[v.length], 0));
        }
    }
}
