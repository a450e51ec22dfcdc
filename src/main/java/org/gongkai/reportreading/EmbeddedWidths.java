package org.gongkai.reportreading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * One glyph's advance width read from a composite font's embedded TrueType program without parsing the whole
 * program (see {@link TextLayerFont#getWidthFromFont}): its table directory and the head, maxp, hhea and hmtx
 * tables, which fonts keep at the front, so the program is inflated only that far (inflating the whole programs of
 * a report's fonts to read one width each was over half of a PDF's extraction). Null whenever PDFBox might read the
 * front differently (not TrueType, tables missing or out of bounds, metrics inconsistent). A program damaged behind
 * its metrics is read for its own widths, where PDFBox, failing to parse it, would take a substitute font's.
 */
final class EmbeddedWidths {

    private static final int TAG_HEAD = 0x68656164;
    private static final int TAG_HHEA = 0x68686561;
    private static final int TAG_HMTX = 0x686d7478;
    private static final int TAG_MAXP = 0x6d617870;
    private static final int TAG_GLYF = 0x676c7966;
    private static final int TAG_LOCA = 0x6c6f6361;
    private static final int TAG_CFF = 0x43464620;

    private EmbeddedWidths() {}

    static Float widthFromFont(COSDictionary type0, int cid) throws IOException {
        return read(type0, cid, null);
    }

    /**
     * The program's units per em (its head table), or null when it is not read as {@link #widthFromFont} reads
     * programs.
     */
    static Integer unitsPerEm(COSDictionary type0) throws IOException {
        int[] units = new int[1];
        return read(type0, 0, units) == null ? null : units[0];
    }

    private static Float read(COSDictionary type0, int cid, int[] unitsPerEmOut) throws IOException {
        if (!(type0.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || !(descendants.getObject(0) instanceof COSDictionary font)
                || !(font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary fd)
                || !(fd.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream program)
                || fd.containsKey(COSName.FONT_FILE3)) {
            return null;
        }
        Integer gidFromMap = null;
        COSBase map = font.getDictionaryObject(COSName.CID_TO_GID_MAP);
        if (map instanceof COSStream stream) {
            byte[] m;
            try (InputStream in = stream.createInputStream()) {
                m = in.readAllBytes();
            }
            gidFromMap = cid < m.length / 2 ? (m[2 * cid] & 0xff) << 8 | m[2 * cid + 1] & 0xff : 0;
        } else if (map != null && map != COSName.IDENTITY) {
            return null;
        }
        try (FontProgram p = FontProgram.of(program)) {
            return advance(p, gidFromMap, cid, unitsPerEmOut);
        }
    }

    /** The glyph of a CID, as PDFBox's CIDFontType2 maps it: by the CIDToGIDMap, else the CID itself if in range. */
    private static int gid(Integer gidFromMap, int cid, int glyphs) {
        return gidFromMap != null ? gidFromMap : cid < glyphs ? cid : 0;
    }

    private static Float advance(FontProgram p, Integer gidFromMap, int cid, int[] unitsPerEmOut) throws IOException {
        if (!p.ensure(12)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(p.bytes());
        if (b.getInt(0) != 0x00010000 && b.getInt(0) != 0x74727565) {
            return null; // a TrueType collection, an OpenType/CFF program or no font at all
        }
        int tables = b.getShort(4) & 0xffff;
        if (!p.ensure(12 + 16 * tables)) {
            return null;
        }
        b = ByteBuffer.wrap(p.bytes());
        int head = -1;
        int hhea = -1;
        int hmtx = -1;
        int hmtxLength = 0;
        int maxp = -1;
        boolean glyf = false;
        boolean loca = false;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            int tag = b.getInt(entry);
            long offset = b.getInt(entry + 8) & 0xffffffffL;
            long length = b.getInt(entry + 12) & 0xffffffffL;
            if (offset + length > Integer.MAX_VALUE) {
                return null;
            }
            switch (tag) {
                case TAG_HEAD -> head = (int) offset;
                case TAG_HHEA -> hhea = (int) offset;
                case TAG_HMTX -> {
                    hmtx = (int) offset;
                    hmtxLength = (int) length;
                }
                case TAG_MAXP -> maxp = (int) offset;
                case TAG_GLYF -> glyf = true;
                case TAG_LOCA -> loca = true;
                case TAG_CFF -> {
                    return null;
                }
                default -> {}
            }
        }
        if (head < 0 || hhea < 0 || hmtx < 0 || maxp < 0 || !glyf || !loca) {
            return null;
        }
        // head, maxp and hhea fields and the metrics up to the glyph's: the program is inflated only that far (the
        // glyph's entry, or the last one when it is past the long metrics, lies within the first gid + 1 entries)
        int metrics = (int) Math.min(hmtxLength, 4L * gid(gidFromMap, cid, Integer.MAX_VALUE) + 4);
        byte[][] t = p.ranges(new long[] {head, maxp, hhea, hmtx}, new int[] {20, 6, 36, metrics});
        if (t == null) {
            return null;
        }
        int unitsPerEm = ByteBuffer.wrap(t[0]).getShort(18) & 0xffff;
        int glyphs = ByteBuffer.wrap(t[1]).getShort(4) & 0xffff;
        int hMetrics = ByteBuffer.wrap(t[2]).getShort(34) & 0xffff;
        if (unitsPerEm == 0 || hMetrics == 0 || hMetrics > glyphs || hmtxLength < 4 * hMetrics) {
            return null;
        }
        if (unitsPerEmOut != null) {
            unitsPerEmOut[0] = unitsPerEm;
        }
        int gid = gid(gidFromMap, cid, glyphs);
        int advance = ByteBuffer.wrap(t[3]).getShort(4 * Math.min(gid, hMetrics - 1)) & 0xffff;
        float width = advance;
        if (unitsPerEm != 1000) {
            width *= 1000f / unitsPerEm;
        }
        return width;
    }
}
