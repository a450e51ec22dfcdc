package org.gongkai.reportreading;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Table structure of a page image from its ruling lines: long dark horizontal runs are row rules; within each
 * band between two row rules, the columns where the band is dark from top to bottom are cell rules (a merged
 * cell simply lacks them). Works on a binarised copy; also erases the rules so that OCR does not read them.
 */
final class TableGrid {

    /** One cell of a band, in page pixels. */
    record Cell(int band, Rectangle box) {}

    /**
     * Grey level below which a pixel may belong to a rule: a hairline rule scanned at 200 dpi and resampled to 150
     * is light grey, not black (a missed cell rule merges two cells and shifts a row's numbers).
     */
    static final int RULE = 200;

    /** Grey level below which a pixel is ink inside a cell. */
    static final int INK = 140;

    private final boolean[] dark;
    private final boolean[] ink;
    private final int w;
    private final int h;
    final List<Cell> cells = new ArrayList<>();
    final List<int[]> bands = new ArrayList<>(); // {top, bottom}

    private TableGrid(boolean[] dark, boolean[] ink, int w, int h) {
        this.dark = dark;
        this.ink = ink;
        this.w = w;
        this.h = h;
    }

    /**
     * Finds the cells of every ruled table on the page's grey pixels ({@link OcrExtractor#grey}), and whitens the
     * rules in them so that OCR does not read them.
     */
    static TableGrid of(java.nio.ByteBuffer grey, int w, int h) {
        boolean[] dark = new boolean[w * h];
        boolean[] ink = new boolean[w * h];
        for (int i = 0; i < w * h; i++) {
            int g = grey.get(i) & 0xff;
            dark[i] = g < RULE;
            ink[i] = g < INK;
        }
        TableGrid t = new TableGrid(dark, ink, w, h);
        t.find();
        t.erase(grey);
        return t;
    }

    private final List<int[]> rules = new ArrayList<>(); // horizontal: {y0, y1, x0, x1}
    private final List<int[]> verticals = new ArrayList<>(); // {x0, x1, y0, y1}

    private void find() {
        int minRun = Math.max(40, w / 4);
        List<int[]> rows = new ArrayList<>(); // {y, x0, x1}
        for (int y = 0; y < h; y++) {
            int best = 0;
            int bestStart = 0;
            int run = 0;
            for (int x = 0; x < w; x++) {
                if (dark[y * w + x]) {
                    run++;
                    if (run > best) {
                        best = run;
                        bestStart = x - run + 1;
                    }
                } else {
                    run = 0;
                }
            }
            if (best >= minRun) {
                rows.add(new int[] {y, bestStart, bestStart + best});
            }
        }
        // adjacent pixel rows form one rule
        for (int i = 0; i < rows.size(); ) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1)[0] == rows.get(j)[0] + 1) {
                j++;
            }
            int x0 = Integer.MAX_VALUE;
            int x1 = 0;
            for (int k = i; k <= j; k++) {
                x0 = Math.min(x0, rows.get(k)[1]);
                x1 = Math.max(x1, rows.get(k)[2]);
            }
            rules.add(new int[] {rows.get(i)[0], rows.get(j)[0], x0, x1});
            i = j + 1;
        }
        boolean[] closedBelow = new boolean[rules.size()];
        boolean[] closedAbove = new boolean[rules.size()];
        for (int r = 0; r + 1 < rules.size(); r++) {
            int[] a = rules.get(r);
            int[] b = rules.get(r + 1);
            int top = a[1] + 1;
            int bottom = b[0] - 1;
            int height = bottom - top + 1;
            if (height < 8 || height > h / 3) {
                continue; // rules of different tables, or the page's frame
            }
            if (band(top, bottom, Math.max(a[2], b[2]) - EDGE, Math.min(a[3], b[3]) + EDGE)) {
                closedBelow[r] = true;
                closedAbove[r + 1] = true;
            }
        }
        // a row cut by the page break has no rule on its open side: it ends where its cell rules end
        for (int r = 0; r < rules.size(); r++) {
            int[] a = rules.get(r);
            if (!closedBelow[r]) {
                int len = openRun(a, 1);
                if (len > 0) {
                    band(a[1] + 1, a[1] + len, a[2] - EDGE, a[3] + EDGE);
                }
            }
            if (!closedAbove[r]) {
                int len = openRun(a, -1);
                if (len > 0) {
                    band(a[0] - len, a[0] - 1, a[2] - EDGE, a[3] + EDGE);
                }
            }
        }
        bandOrder();
    }

    /**
     * How far the cell rules of a row run on past {@code rule} (down when {@code dir} is 1, up when -1) when no
     * other rule closes the row: at least three rules of the same length (a table cut by the page's edge), else 0.
     */
    private int openRun(int[] rule, int dir) {
        int from = dir > 0 ? rule[1] + 1 : rule[0] - 1;
        int cap = h / 3;
        List<Integer> runs = new ArrayList<>();
        int last = -1;
        int clusterMax = 0;
        for (int x = rule[2]; x < rule[3]; x++) {
            int n = 0;
            for (int y = from; y >= 0 && y < h && n < cap && dark[y * w + x]; y += dir) {
                n++;
            }
            if (n >= 12) {
                if (last >= 0 && x > last + 1) {
                    runs.add(clusterMax);
                    clusterMax = 0;
                }
                clusterMax = Math.max(clusterMax, n);
                last = x;
            }
        }
        if (last >= 0) {
            runs.add(clusterMax);
        }
        if (runs.size() < 3) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        int median = sorted.get(sorted.size() / 2);
        int same = 0;
        for (int n : runs) {
            same += Math.abs(n - median) <= 3 ? 1 : 0;
        }
        return same >= 3 && median < cap ? median : 0;
    }

    /**
     * Pixels beyond the ends of a band's rules where its cell rules are still looked for: drawn coarse (a 100 dpi
     * scan), a rule may stop a pixel short of the table's border, whose column then lay outside the band and the
     * row lost its last cell.
     */
    private static final int EDGE = 2;

    /** Adds the band between {@code top} and {@code bottom} when cell rules divide it; false when none do. */
    private boolean band(int top, int bottom, int x0, int x1) {
        x0 = Math.max(0, x0);
        x1 = Math.min(w, x1);
        int height = bottom - top + 1;
        if (height < 8 || x1 - x0 < w / 4 || top < 0 || bottom >= h) {
            return false;
        }
        List<Integer> cuts = new ArrayList<>();
        for (int x = x0; x < x1; x++) {
            int n = 0;
            for (int y = top; y <= bottom; y++) {
                n += dark[y * w + x] ? 1 : 0;
            }
            if (n >= height * 0.9) {
                cuts.add(x);
            }
        }
        List<int[]> cols = new ArrayList<>(); // rule columns {x0, x1}
        for (int i = 0; i < cuts.size(); ) {
            int j = i;
            while (j + 1 < cuts.size() && cuts.get(j + 1) <= cuts.get(j) + 1) {
                j++;
            }
            cols.add(new int[] {cuts.get(i), cuts.get(j)});
            i = j + 1;
        }
        if (cols.size() < 2) {
            return false; // a band without cell rules: not a table row
        }
        for (int[] c : cols) {
            verticals.add(new int[] {c[0], c[1], top, bottom});
        }
        int band = bands.size();
        bands.add(new int[] {top, bottom});
        for (int c = 0; c + 1 < cols.size(); c++) {
            int cx0 = cols.get(c)[1] + 1;
            int cx1 = cols.get(c + 1)[0] - 1;
            if (cx1 - cx0 >= 4) {
                cells.add(new Cell(band, new Rectangle(cx0, top, cx1 - cx0 + 1, height)));
            }
        }
        return true;
    }

    /** Renumbers the bands top to bottom (open bands were added after the closed ones). */
    private void bandOrder() {
        Integer[] idx = new Integer[bands.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, java.util.Comparator.comparingInt(i -> bands.get(i)[0]));
        int[] rank = new int[idx.length];
        List<int[]> sortedBands = new ArrayList<>();
        for (int k = 0; k < idx.length; k++) {
            rank[idx[k]] = k;
            sortedBands.add(bands.get(idx[k]));
        }
        bands.clear();
        bands.addAll(sortedBands);
        List<Cell> renumbered = new ArrayList<>();
        for (Cell c : cells) {
            renumbered.add(new Cell(rank[c.band()], c.box()));
        }
        renumbered.sort(java.util.Comparator.comparingInt((Cell c) -> c.band()).thenComparingInt(c -> c.box().x));
        cells.clear();
        cells.addAll(renumbered);
    }

    /** Ink inside the cell (rules excluded): a few dark pixels away from its edges. */
    boolean inked(Rectangle box) {
        int n = 0;
        for (int y = box.y + 3; y < box.y + box.height - 3; y++) {
            for (int x = box.x + 3; x < box.x + box.width - 3; x++) {
                if (ink[y * w + x] && !ruled[y * w + x]) {
                    n++;
                }
            }
        }
        return n >= 6;
    }

    private boolean[] ruled;

    private void erase(java.nio.ByteBuffer grey) {
        ruled = new boolean[w * h];
        byte white = (byte) 0xff;
        for (int[] r : rules) {
            for (int y = Math.max(0, r[0] - 1); y <= Math.min(h - 1, r[1] + 1); y++) {
                for (int x = r[2]; x < r[3]; x++) {
                    grey.put(y * w + x, white);
                    ruled[y * w + x] = true;
                }
            }
        }
        for (int[] v : verticals) {
            for (int y = v[2]; y <= v[3]; y++) {
                for (int x = Math.max(0, v[0] - 1); x <= Math.min(w - 1, v[1] + 1); x++) {
                    grey.put(y * w + x, white);
                    ruled[y * w + x] = true;
                }
            }
        }
    }
}
