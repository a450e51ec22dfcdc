package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Chooses one fit per row of the requests table: the reading under which most of the table's sums hold (row
 * sums, column sums, balance), changing one row at a time, then two, and using the values the other rows
 * imply for rows printed as a run of digits.
 */
final class RowChoice {

    private static final int W = 7;

    private RowChoice() {}

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
    static boolean byImpliedValues(
            List<String> keys, List<List<RowAligner.Fit>> fits, int[] choice, Map<String, String> runs, long[] v) {
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
                    && Arrays.stream(implied).allMatch(x -> x >= 0)
                    && respectsCuts(implied, run);
            if (!agrees) {
                implied = oneCellPrintedOtherwise(implied, run);
                agrees = implied != null && respectsCuts(implied, run);
            }
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

    /**
     * A run of digits that is the implied values except for one cell printed otherwise (a report whose
     * sums disagree): the values with that cell as printed, when exactly one cell can be it; else null.
     */
    static long[] oneCellPrintedOtherwise(long[] implied, String run) {
        String digits = run.replace("|", "");
        long[] found = null;
        for (int j = 0; j < implied.length; j++) {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            boolean ok = true;
            for (int c = 0; c < implied.length; c++) {
                if (c != j) {
                    ok &= implied[c] >= 0;
                    (c < j ? before : after).append(implied[c]);
                }
            }
            int mid = digits.length() - before.length() - after.length();
            if (!ok
                    || mid < 1
                    || mid > 9
                    || !digits.startsWith(before.toString())
                    || !digits.endsWith(after.toString())) {
                continue;
            }
            String cell = digits.substring(before.length(), before.length() + mid);
            if (cell.length() > 1 && cell.charAt(0) == '0') {
                continue;
            }
            if (found != null) {
                return null; // more than one cell could be the odd one
            }
            found = implied.clone();
            found[j] = Long.parseLong(cell);
        }
        return found;
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

    private static final int PAIR_BUDGET = 4000;
    private static final int PAIR_FITS = 8;

    /**
     * When changing one row at a time no longer helps but sums still fail, two rows may be misread together
     * (a total and the row it balances): try changing two ambiguous rows at once, within a budget.
     */
    static double pairMoves(List<List<RowAligner.Fit>> fits, int[] choice, SumSolver solver, int cells, double best) {
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

    static double evaluate(List<List<RowAligner.Fit>> fits, int[] choice, SumSolver solver, int cells, Object[] out) {
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
}
