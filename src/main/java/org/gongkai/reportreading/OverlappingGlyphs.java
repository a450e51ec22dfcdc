package org.gongkai.reportreading;

/**
 * PDFTextStripper's duplicate-overlap rule (a glyph is dropped when the same text was already shown on the page
 * at x in [x − t, x + t) and y in [y − t, y + t), t a third of its width per character, comparisons as
 * {@code Float.compareTo} orders floats), kept in a hash of grid cells instead of PDFBox's tree of x to trees of
 * y per text, which cost a twelfth of a report's extraction. A query with bounds out of order fails as the tree's
 * does ("fromKey &gt; toKey").
 */
final class OverlappingGlyphs {

    /** The grid's cell side: a power of two, so that dividing by it is exact and cells are ordered as floats. */
    private static final double CELL = 16;

    /** Cells a query may span before every point is scanned instead. */
    private static final long MAX_CELLS = 16;

    /** Coordinates beyond ±this are not put in cells (the cell numbers then fit an int). */
    private static final float MAX_COORD = 1 << 30;

    /** The points shown on the page: text, x, y; each in a chain of its bucket (text and cell hashed) when in range. */
    private String[] texts = new String[256];

    private float[] xs = new float[256];
    private float[] ys = new float[256];
    private int[] next = new int[256];
    private int size;
    private int[] heads = new int[512];

    /** Forgets the page's glyphs (PDFTextStripper clears its map as each page begins). */
    void clear() {
        if (size > 0) {
            java.util.Arrays.fill(heads, 0);
            java.util.Arrays.fill(texts, 0, size, null);
            size = 0;
        }
    }

    /**
     * Whether a glyph of this text at (x, y) is shown: false when one already shown overlaps it, else true and it is
     * remembered. The tolerance is PDFBox's: width / text length / 3, in float.
     */
    boolean show(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        float xLow = x - tolerance;
        float xHigh = x + tolerance;
        if (Float.compare(xLow, xHigh) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        if (any(text, xLow, xHigh, y - tolerance, y + tolerance)) {
            return false;
        }
        add(text, x, y);
        return true;
    }

    /**
     * Whether a point of the text lies in [xLow, xHigh) × [yLow, yHigh), compared as Float.compareTo orders floats.
     * Bounds within ±2^30 are looked up in the cells they span, as a point outside that range (not in a cell) never
     * lies between them, nor, their x ordered, can their y be out of order (the tolerance being the same); other
     * queries, and those over many cells, scan every point.
     */
    private boolean any(String text, float xLow, float xHigh, float yLow, float yHigh) {
        if (!inRange(xLow) || !inRange(xHigh) || !inRange(yLow) || !inRange(yHigh) || Float.compare(yLow, yHigh) > 0) {
            return scan(text, xLow, xHigh, yLow, yHigh);
        }
        int x0 = cell(xLow);
        int x1 = cell(xHigh);
        int y0 = cell(yLow);
        int y1 = cell(yHigh);
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
            return scan(text, xLow, xHigh, yLow, yHigh);
        }
        int hash = text.hashCode();
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                for (int i = heads[bucket(hash, cx, cy)] - 1; i >= 0; i = next[i] - 1) {
                    if (matches(i, text, xLow, xHigh, yLow, yHigh)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * PDFBox's query over every point, in the order shown: a point of the text with x in the x range fails with the
     * tree's exception when the y range is out of order, and is a match when its y is in the y range.
     */
    private boolean scan(String text, float xLow, float xHigh, float yLow, float yHigh) {
        for (int i = 0; i < size; i++) {
            if (matches(i, text, xLow, xHigh, yLow, yHigh)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int i, String text, float xLow, float xHigh, float yLow, float yHigh) {
        float x = xs[i];
        if (Float.compare(x, xLow) < 0 || Float.compare(x, xHigh) >= 0 || !text.equals(texts[i])) {
            return false;
        }
        if (Float.compare(yLow, yHigh) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        float y = ys[i];
        return Float.compare(y, yLow) >= 0 && Float.compare(y, yHigh) < 0;
    }

    private void add(String text, float x, float y) {
        if (size == texts.length) {
            texts = java.util.Arrays.copyOf(texts, size * 2);
            xs = java.util.Arrays.copyOf(xs, size * 2);
            ys = java.util.Arrays.copyOf(ys, size * 2);
            next = java.util.Arrays.copyOf(next, size * 2);
        }
        texts[size] = text;
        xs[size] = x;
        ys[size] = y;
        next[size] = 0;
        size++;
        if (size * 2 > heads.length) {
            heads = new int[heads.length * 2];
            for (int i = 0; i < size; i++) {
                link(i);
            }
        } else {
            link(size - 1);
        }
    }

    /** Puts point i at the head of its bucket's chain (chains hold index + 1, 0 ending them). */
    private void link(int i) {
        if (inRange(xs[i]) && inRange(ys[i])) {
            int b = bucket(texts[i].hashCode(), cell(xs[i]), cell(ys[i]));
            next[i] = heads[b];
            heads[b] = i + 1;
        }
    }

    private int bucket(int hash, int cx, int cy) {
        long h = (hash * 0x9E3779B97F4A7C15L) ^ (cx * 0xC2B2AE3D27D4EB4FL) ^ (cy * 0x165667B19E3779F9L);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (int) h & (heads.length - 1);
    }

    private static boolean inRange(float v) {
        return Math.abs(v) < MAX_COORD;
    }

    private static int cell(float v) {
        return (int) Math.floor(v / CELL);
    }
}
