package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * A CIDFont's W array, answering as PDFBox's map of CID → width does (a later entry overrides an earlier one for
 * the same CID) without putting every CID of a long range into a map: a subset font may state one width for
 * 27 000 CIDs. Ranges of more than {@link #EXPANDED} CIDs are kept as ranges.
 */
final class CidWidths {

    private static final int EXPANDED = 64;

    private record Range(int first, int last, float width, int order) {}

    /** CID → (order of the W entry) << 32 | width bits, for lists and short ranges. */
    private final Map<Integer, Long> single = new HashMap<>();

    private final List<Range> ranges = new ArrayList<>();

    /** The W array (null when the font has none), for {@link #average}. */
    private COSArray w;

    /**
     * CIDs a W array may state before {@link #average} leaves the font to PDFBox: twice the 65 536 CIDs of two-byte
     * codes, so that a hostile array stating millions is not put into a map here.
     */
    private static final long MAX_AVERAGED = 1 << 17;

    private CidWidths() {}

    /** The W array read as PDFBox reads it; null when an entry is malformed (PDFBox would skip it, warning). */
    static CidWidths of(COSBase w) {
        CidWidths widths = new CidWidths();
        if (w == null) {
            return widths;
        }
        if (!(w instanceof COSArray array)) {
            return null;
        }
        widths.w = array;
        int size = array.size();
        int i = 0;
        int order = 0;
        while (i < size - 1) {
            order++;
            if (!(array.getObject(i++) instanceof COSNumber first)) {
                return null;
            }
            COSBase next = array.getObject(i++);
            if (next instanceof COSArray list) {
                int start = first.intValue();
                for (int j = 0; j < list.size(); j++) {
                    if (!(list.getObject(j) instanceof COSNumber width)) {
                        return null;
                    }
                    widths.put(start + j, width.floatValue(), order);
                }
            } else {
                if (i >= size
                        || !(next instanceof COSNumber last)
                        || !(array.getObject(i++) instanceof COSNumber width)) {
                    return null;
                }
                int from = first.intValue();
                int to = last.intValue();
                float value = width.floatValue();
                if ((long) to - from >= EXPANDED) {
                    widths.ranges.add(new Range(from, to, value, order));
                } else {
                    for (int c = from; c <= to; c++) {
                        widths.put(c, value, order);
                    }
                }
            }
        }
        return i == size ? widths : null;
    }

    private void put(int cid, float width, int order) {
        single.put(cid, (long) order << 32 | Float.floatToRawIntBits(width) & 0xffffffffL);
    }

    /** The width of the CID, or null when W does not give one. */
    Float width(int cid) {
        Long s = single.get(cid);
        int order = s == null ? 0 : (int) (s >>> 32);
        Float width = s == null ? null : Float.intBitsToFloat((int) (long) s);
        for (int r = ranges.size() - 1; r >= 0; r--) {
            Range range = ranges.get(r);
            if (range.order() <= order) {
                break;
            }
            if (range.first() <= cid && cid <= range.last()) {
                return range.width();
            }
        }
        return width;
    }

    /**
     * PDCIDFont's average font width: the mean of the positive widths of its map of CID → width, summed in the order
     * that map (a {@code HashMap} filled entry by entry as PDFBox fills it) gives them, float by float; when there are
     * none, the default width. Null when W states more than {@link #MAX_AVERAGED} CIDs (left to PDFBox).
     */
    Float average(float defaultWidth) {
        Map<Integer, Float> map = new HashMap<>();
        if (w != null) {
            long stated = 0;
            int i = 0;
            while (i < w.size() - 1) {
                int first = ((COSNumber) w.getObject(i++)).intValue();
                COSBase next = w.getObject(i++);
                if (next instanceof COSArray list) {
                    stated += list.size();
                    if (stated > MAX_AVERAGED) {
                        return null;
                    }
                    for (int j = 0; j < list.size(); j++) {
                        map.put(first + j, ((COSNumber) list.getObject(j)).floatValue());
                    }
                } else {
                    int last = ((COSNumber) next).intValue();
                    float width = ((COSNumber) w.getObject(i++)).floatValue();
                    stated += Math.max(0, (long) last - first + 1);
                    if (stated > MAX_AVERAGED) {
                        return null;
                    }
                    for (int c = first; c <= last; c++) {
                        map.put(c, width);
                    }
                }
            }
        }
        float total = 0.0f;
        int count = 0;
        for (Float width : map.values()) {
            if (width > 0) {
                total += width;
                ++count;
            }
        }
        float average = count != 0 ? total / count : 0;
        return average <= 0 || Float.isNaN(average) ? defaultWidth : average;
    }
}
