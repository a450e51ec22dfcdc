package org.gongkai.reportreading;

import com.sun.jna.Pointer;
import java.awt.Rectangle;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * Many table cells read by one recognition: the ink of each cell is copied side by side onto one line, far apart,
 * and the engine (set to a single line) reads the line once; every recognised character goes back to the cell its
 * centre falls in. Reading cells one by one costs a layout analysis per cell (≈ 5 ms each, most of the second
 * reading of a page's number cells); a line of forty cells costs about as much as one.
 */
final class CellStrip {

    /** Cells per line: a line stays a few thousand pixels wide. */
    static final int PER_LINE = 40;

    /** Grey level below which a pixel is ink (as {@link TableGrid}). */
    private static final int INK = 140;

    private CellStrip() {}

    /** What was read in one cell, and the lowest confidence (0–100) of its characters (100 when none was read). */
    record Reading(String text, float confidence) {}

    /** What the engine reads in each cell of the page image {@code grey} ({@code w}×{@code h}): "" when nothing. */
    static List<Reading> readings(TessBaseAPI engine, ByteBuffer grey, int w, int h, List<Rectangle> cells) {
        List<Reading> out = new ArrayList<>(cells.size());
        for (int from = 0; from < cells.size(); from += PER_LINE) {
            out.addAll(line(engine, grey, w, h, cells.subList(from, Math.min(cells.size(), from + PER_LINE))));
        }
        return out;
    }

    /** The ink of a cell: its bounding box inside the cell (2 px in from the rules), or null when blank. */
    static Rectangle ink(ByteBuffer grey, int w, Rectangle cell) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = cell.y + 2; y < cell.y + cell.height - 2; y++) {
            for (int x = cell.x + 2; x < cell.x + cell.width - 2; x++) {
                if ((grey.get(y * w + x) & 0xff) < INK) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /**
     * The cell's ink is two numbers a space apart ("42 0"), which a one-line reading runs together (420). Table
     * figures are tabular: every digit has the same advance, about 0.75–0.8 of its height in Latin and Chinese
     * fonts alike, so the centres of two neighbouring digits lie one advance apart whatever the digits ("11" as
     * "20"). A space adds a quarter to half an em: a blank gap between two glyphs whose centres lie more than a
     * digit's height apart is a space. A smaller mark between them (a decimal point, a speck) is no blank gap.
     */
    static boolean spaced(ByteBuffer grey, int w, Rectangle cell) {
        List<int[]> runs = new ArrayList<>(); // {left, right, top, bottom} of each run of inked columns
        int[] run = null;
        for (int x = cell.x + 2; x < cell.x + cell.width - 2; x++) {
            int top = Integer.MAX_VALUE;
            int bottom = -1;
            for (int y = cell.y + 2; y < cell.y + cell.height - 2; y++) {
                if ((grey.get(y * w + x) & 0xff) < INK) {
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
            if (bottom < 0) {
                run = null;
            } else if (run == null) {
                run = new int[] {x, x, top, bottom};
                runs.add(run);
            } else {
                run[1] = x;
                run[2] = Math.min(run[2], top);
                run[3] = Math.max(run[3], bottom);
            }
        }
        int[] heights = runs.stream().mapToInt(r -> r[3] - r[2] + 1).sorted().toArray();
        if (heights.length < 2) {
            return false;
        }
        int digit = heights[heights.length - 1]; // the tallest glyph: a digit (specks, points and signs are lower)
        for (int i = 0; i + 1 < runs.size(); i++) {
            int[] a = runs.get(i);
            int[] b = runs.get(i + 1);
            boolean glyphs = 2 * (a[3] - a[2] + 1) >= digit && 2 * (b[3] - b[2] + 1) >= digit;
            boolean apart = (b[0] + b[1]) - (a[0] + a[1]) > 2 * digit; // centres more than a digit's height apart
            boolean blank = 3 * (b[0] - a[1] - 1) >= digit;
            if (glyphs && apart && blank) {
                return true;
            }
        }
        return false;
    }

    private static List<Reading> line(TessBaseAPI engine, ByteBuffer grey, int w, int h, List<Rectangle> cells) {
        List<Rectangle> inks = new ArrayList<>();
        for (Rectangle c : cells) {
            inks.add(ink(grey, w, c));
        }
        // ink far taller than the line's figures (a shaded or hatched cell, a rule's stub) is read alone: in the
        // strip it would set the strip's height, and the figures centred in it would no longer be read as a line
        int usual = usualHeight(inks);
        List<Integer> alone = new ArrayList<>();
        int tall = 1;
        int wide = 0;
        for (int i = 0; i < inks.size(); i++) {
            Rectangle r = inks.get(i);
            if (r != null && usual > 0 && r.height > 2 * usual) {
                alone.add(i);
                inks.set(i, null);
            } else if (r != null) {
                tall = Math.max(tall, r.height);
                wide += r.width;
            }
        }
        int gap = Math.max(40, 3 * tall); // far wider than a space between two digits
        int pad = Math.max(10, tall / 2);
        int sw = wide + gap * (cells.size() + 1);
        int sh = tall + 2 * pad;
        ByteBuffer strip = ByteBuffer.allocateDirect(sw * sh);
        for (int i = 0; i < sw * sh; i++) {
            strip.put(i, (byte) 0xff);
        }
        int[][] slots = new int[cells.size()][]; // {from, to}: a character belongs to the slot its centre falls in
        int x = gap;
        for (int i = 0; i < cells.size(); i++) {
            Rectangle r = inks.get(i);
            if (r != null) {
                int top = pad + (tall - r.height) / 2;
                for (int y = 0; y < r.height; y++) {
                    for (int dx = 0; dx < r.width; dx++) {
                        strip.put((top + y) * sw + x + dx, grey.get((r.y + y) * w + r.x + dx));
                    }
                }
                x += r.width;
            }
            slots[i] = new int[] {x - (r == null ? 0 : r.width) - gap / 3, x + gap / 3};
            x += gap;
        }
        StringBuilder[] read = new StringBuilder[cells.size()];
        float[] confidence = new float[cells.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = new StringBuilder();
            confidence[i] = 100f;
        }
        if (!recognise(engine, strip, sw, sh, slots, read, confidence)) {
            return oneByOne(engine, grey, w, h, cells);
        }
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < read.length; i++) {
            out.add(new Reading(read[i].toString(), confidence[i]));
        }
        if (!alone.isEmpty()) {
            List<Rectangle> boxes = new ArrayList<>();
            for (int i : alone) {
                boxes.add(cells.get(i));
            }
            List<Reading> read1 = oneByOne(engine, grey, w, h, boxes);
            for (int k = 0; k < alone.size(); k++) {
                out.set(alone.get(k), read1.get(k));
            }
        }
        return out;
    }

    /** The median height of the inked cells' ink, 0 when fewer than three cells hold ink. */
    static int usualHeight(List<Rectangle> inks) {
        int[] heights = inks.stream()
                .filter(r -> r != null)
                .mapToInt(r -> r.height)
                .sorted()
                .toArray();
        return heights.length < 3 ? 0 : heights[heights.length / 2];
    }

    /**
     * Reads the strip into the slots; false when recognition fails or a character falls outside every slot or
     * across two (then no reading of the line can be trusted to belong to its cell).
     */
    private static boolean recognise(
            TessBaseAPI engine,
            ByteBuffer strip,
            int sw,
            int sh,
            int[][] slots,
            StringBuilder[] read,
            float[] confidence) {
        TessAPI api = OcrExtractor.Tess.API;
        api.TessBaseAPISetImage(engine, strip, sw, sh, 1, sw);
        try {
            if (api.TessBaseAPIRecognize(engine, null) != 0) {
                return false;
            }
            TessResultIterator ri = api.TessBaseAPIGetIterator(engine);
            if (ri == null) {
                return true; // nothing read
            }
            try {
                TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
                int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
                IntBuffer l = IntBuffer.allocate(1);
                IntBuffer t = IntBuffer.allocate(1);
                IntBuffer r = IntBuffer.allocate(1);
                IntBuffer b = IntBuffer.allocate(1);
                do {
                    Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
                    if (p == null) {
                        continue;
                    }
                    String text = p.getString(0, "UTF-8").strip();
                    api.TessDeleteText(p);
                    float conf = api.TessResultIteratorConfidence(ri, level);
                    api.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
                    int slot = slot(slots, l.get(0), r.get(0));
                    if (slot < 0) {
                        return false;
                    }
                    read[slot].append(text);
                    confidence[slot] = Math.min(confidence[slot], conf);
                } while (api.TessResultIteratorNext(ri, level) == ITessAPI.TRUE);
            } finally {
                api.TessResultIteratorDelete(ri);
            }
            return true;
        } finally {
            api.TessBaseAPIClear(engine);
        }
    }

    /** The slot holding the character from {@code left} to {@code right}: -1 when none does, or two do. */
    static int slot(int[][] slots, int left, int right) {
        int centre = (left + right) / 2;
        for (int i = 0; i < slots.length; i++) {
            if (centre >= slots[i][0] && centre <= slots[i][1]) {
                boolean reachesNext = i + 1 < slots.length && right > slots[i + 1][0];
                boolean reachesPrevious = i > 0 && left < slots[i - 1][1];
                return reachesNext || reachesPrevious ? -1 : i;
            }
        }
        return -1;
    }

    /** The cells read one at a time on the page image (a layout analysis each): when a line could not be trusted. */
    static List<Reading> oneByOne(TessBaseAPI engine, ByteBuffer grey, int w, int h, List<Rectangle> cells) {
        TessAPI api = OcrExtractor.Tess.API;
        List<Reading> out = new ArrayList<>();
        api.TessBaseAPISetImage(engine, grey, w, h, 1, w);
        try {
            for (Rectangle c : cells) {
                api.TessBaseAPISetRectangle(engine, c.x, c.y, c.width, c.height);
                Pointer p = api.TessBaseAPIGetUTF8Text(engine);
                if (p == null) {
                    out.add(new Reading("", 0f));
                    continue;
                }
                String text = p.getString(0, "UTF-8").strip().replace(" ", "");
                api.TessDeleteText(p);
                out.add(new Reading(text, text.isEmpty() ? 100f : api.TessBaseAPIMeanTextConf(engine)));
            }
        } finally {
            api.TessBaseAPIClear(engine);
        }
        return out;
    }
}
