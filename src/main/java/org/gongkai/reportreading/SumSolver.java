package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/**
 * The sums of a table (row sums, column sums, the balance identity) as linear constraints over its cells,
 * and the inference of blank cells: a blank reads 0 unless one blank cell, and only one, can repair failing
 * sums without breaking any sum that holds; then it takes the value the sums determine. Printed numbers
 * are never changed.
 */
final class SumSolver {

    private final int cells;
    private final List<int[]> idx = new ArrayList<>();
    private final List<int[]> coef = new ArrayList<>();
    private final List<Double> weight = new ArrayList<>();
    private List<List<Integer>> byCell;
    /** During {@link #infer}: the blanks and the cells filled so far. */
    private boolean[] openBlank;

    private boolean[] openInferred;

    SumSolver(int cells) {
        this.cells = cells;
    }

    /** Adds the constraint: sum of {@code plus} cells minus sum of {@code minus} cells is 0. */
    SumSolver add(int[] plus, int[] minus) {
        return add(plus, minus, 1.0);
    }

    /** As {@link #add(int[], int[])}, with a weight used when choosing between readings of a table. */
    SumSolver add(int[] plus, int[] minus, double w) {
        weight.add(w);
        int[] i = new int[plus.length + minus.length];
        int[] c = new int[i.length];
        for (int k = 0; k < plus.length; k++) {
            i[k] = plus[k];
            c[k] = 1;
        }
        for (int k = 0; k < minus.length; k++) {
            i[plus.length + k] = minus[k];
            c[plus.length + k] = -1;
        }
        idx.add(i);
        coef.add(c);
        byCell = null;
        return this;
    }

    int size() {
        return idx.size();
    }

    long residual(int k, long[] v) {
        long r = 0;
        int[] i = idx.get(k);
        int[] c = coef.get(k);
        for (int j = 0; j < i.length; j++) {
            r += c[j] * v[i[j]];
        }
        return r;
    }

    boolean holds(int k, long[] v) {
        return residual(k, v) == 0;
    }

    int satisfied(long[] v) {
        int n = 0;
        for (int k = 0; k < idx.size(); k++) {
            n += holds(k, v) ? 1 : 0;
        }
        return n;
    }

    /** Sum of the weights of the constraints that hold. */
    double satisfiedWeight(long[] v) {
        double n = 0;
        for (int k = 0; k < idx.size(); k++) {
            n += holds(k, v) ? weight.get(k) : 0;
        }
        return n;
    }

    /** Indices of the constraints that fail. */
    List<Integer> failing(long[] v) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < idx.size(); k++) {
            if (!holds(k, v)) {
                out.add(k);
            }
        }
        return out;
    }

    int[] cellsOf(int k) {
        return idx.get(k);
    }

    private void index() {
        if (byCell != null) {
            return;
        }
        byCell = new ArrayList<>(cells);
        for (int c = 0; c < cells; c++) {
            byCell.add(new ArrayList<>(3));
        }
        for (int k = 0; k < idx.size(); k++) {
            for (int c : idx.get(k)) {
                byCell.get(c).add(k);
            }
        }
    }

    /**
     * Fills blanks (values in {@code v}, which must hold 0 at blanks) where the sums determine them;
     * marks filled cells in {@code inferred}. Returns the number of cells filled.
     */
    int infer(long[] v, boolean[] blank, boolean[] inferred) {
        index();
        this.openBlank = blank;
        this.openInferred = inferred;
        int filled = 0;
        List<Integer> open = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            if (blank[c] && !inferred[c]) {
                open.add(c);
            }
        }
        for (int round = 0; round < cells && !open.isEmpty(); round++) {
            int bestGain = 0;
            List<long[]> best = new ArrayList<>(); // {cell, value}
            for (int c : open) {
                if (inferred[c]) {
                    continue;
                }
                for (int k : byCell.get(c)) {
                    long r = residual(k, v);
                    if (r == 0) {
                        continue;
                    }
                    int sign = coefOf(k, c);
                    long value = v[c] - r * sign;
                    if (value < 0 || value == v[c]) {
                        continue;
                    }
                    int gain = gain(c, value, v);
                    if (gain > bestGain) {
                        bestGain = gain;
                        best.clear();
                    }
                    if (gain == bestGain && gain > 0 && best.stream().noneMatch(b -> b[0] == c && b[1] == value)) {
                        best.add(new long[] {c, value});
                    }
                }
            }
            if (bestGain <= 0) {
                break;
            }
            boolean applied = false;
            for (long[] move : best) {
                int c = (int) move[0];
                if (contested(c, move[1], best, v)) {
                    continue;
                }
                if (applied && gain(c, move[1], v) <= 0) {
                    continue; // a fill of this round already did its repair: its sum now asks another value
                }
                v[c] = move[1];
                inferred[c] = true;
                filled++;
                applied = true;
            }
            if (!applied) {
                break;
            }
        }
        return filled;
    }

    /**
     * Another candidate cell lies in a failing constraint that this fill repairs: either could be the one, so
     * the fill is not unique. (A failing constraint this fill leaves failing does not make it contested.)
     */
    private boolean contested(int c, long value, List<long[]> best, long[] v) {
        long old = v[c];
        for (int k : byCell.get(c)) {
            if (holds(k, v)) {
                continue;
            }
            v[c] = value;
            boolean repairs = holds(k, v);
            v[c] = old;
            if (!repairs) {
                continue;
            }
            for (long[] other : best) {
                int o = (int) other[0];
                if (o != c && byCell.get(o).contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int coefOf(int k, int c) {
        int[] i = idx.get(k);
        for (int j = 0; j < i.length; j++) {
            if (i[j] == c) {
                return coef.get(k)[j];
            }
        }
        return 0;
    }

    /**
     * Net constraints repaired by setting cell c to value; minus infinity if one that held would break for good.
     * A held constraint that the fill unbalances does not count when another blank not filled yet could
     * balance it again (a 总计 column left blank: each row's total is settled by its row, the column's sum by
     * the blank 总计 row after it).
     */
    private int gain(int c, long value, long[] v) {
        long old = v[c];
        int before = 0;
        int after = 0;
        boolean breaks = false;
        for (int k : byCell.get(c)) {
            boolean h0 = holds(k, v);
            v[c] = value;
            boolean h1 = holds(k, v);
            long r1 = residual(k, v);
            v[c] = old;
            if (h0 && !h1 && repairableByOther(k, c, r1)) {
                continue;
            }
            before += h0 ? 1 : 0;
            after += h1 ? 1 : 0;
            breaks |= h0 && !h1;
        }
        return breaks ? Integer.MIN_VALUE : after - before;
    }

    /** Another blank of constraint k, not filled yet, whose filling (a non-negative value) moves r toward 0. */
    private boolean repairableByOther(int k, int c, long r) {
        if (openBlank == null) {
            return false;
        }
        int[] i = idx.get(k);
        int[] co = coef.get(k);
        for (int j = 0; j < i.length; j++) {
            int o = i[j];
            if (o != c && openBlank[o] && !openInferred[o] && Long.signum(co[j]) == -Long.signum(r)) {
                return true;
            }
        }
        return false;
    }
}
