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

    /** What the engine reads in each cell of the page image {@code grey} ({@code w}×{@code h}): "" when nothing. */
    static List<String> readings(TessBaseAPI engine, ByteBuffer grey, int w, int h, List<Rectangle> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (int from = 0; from < cells.size(); from += PER_LINE) {
            out.addAll(line(engine, grey, w, cells.subList(from, Math.min(cells.size(), from + PER_LINE))));
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

    private static List<String> line(TessBaseAPI engine, ByteBuffer grey, int w, List<Rectangle> cells) {
        List<Rectangle> inks = new ArrayList<>();
        int tall = 1;
        int wide = 0;
        for (Rectangle c : cells) {
            Rectangle r = ink(grey, w, c);
            inks.add(r);
            if (r != null) {
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
        int[] slotEnd = new int[cells.size()]; // a character belongs to the first slot whose end is past its centre
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
            slotEnd[i] = x + gap / 2;
            x += gap;
        }
        StringBuilder[] read = new StringBuilder[cells.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = new StringBuilder();
        }
        recognise(engine, strip, sw, sh, slotEnd, read);
        List<String> out = new ArrayList<>();
        for (StringBuilder sb : read) {
            out.add(sb.toString());
        }
        return out;
    }

    private static void recognise(
            TessBaseAPI engine, ByteBuffer strip, int sw, int sh, int[] slotEnd, StringBuilder[] read) {
        TessAPI api = OcrExtractor.Tess.API;
        api.TessBaseAPISetImage(engine, strip, sw, sh, 1, sw);
        try {
            if (api.TessBaseAPIRecognize(engine, null) != 0) {
                return;
            }
            TessResultIterator ri = api.TessBaseAPIGetIterator(engine);
            if (ri == null) {
                return;
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
                    api.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
                    int centre = (l.get(0) + r.get(0)) / 2;
                    for (int i = 0; i < slotEnd.length; i++) {
                        if (centre < slotEnd[i]) {
                            read[i].append(text);
                            break;
                        }
                    }
                } while (api.TessResultIteratorNext(ri, level) == ITessAPI.TRUE);
            } finally {
                api.TessResultIteratorDelete(ri);
            }
        } finally {
            api.TessBaseAPIClear(engine);
        }
    }
}
