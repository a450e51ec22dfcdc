package org.gongkai.reportreading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A composite font (Type0, Identity-H, a ToUnicode map, a TrueType CIDFont with its bounding box in the
 * descriptor) as text extraction needs it: what the text stripper asks of a font comes from the font's
 * dictionaries (code → CID by Identity-H, CID → width by W/DW, code → text by ToUnicode, height from the
 * descriptor), exactly as {@link PDType0Font} computes it, without parsing the embedded TrueType program, which is
 * most of the cost of PDFBox's page loading. Anything else (a code ToUnicode does not map, the width of the
 * space from the font program, glyph outlines) is asked of PDFBox's own font, built the first time it is needed.
 * Fonts this class does not fit are left to PDFBox ({@link #of} returns null).
 */
final class TextLayerFont extends PDFont {

    private static final Matrix FONT_MATRIX = new Matrix(0.001f, 0, 0, 0.001f, 0, 0);

    private static final long MAX_TO_UNICODE = 4 << 20;

    private static volatile CMap identityH;

    private final COSDictionary font;
    private final ToUnicodeMap toUnicode;
    private final CMap identity;
    private final PDFontDescriptor descriptor;
    private final CidWidths widths;
    private final float defaultWidth;
    private final BoundingBox bbox;
    private PDType0Font pdfbox;
    private float spaceWidth = -1;
    private Vertical vertical;

    /**
     * What an Identity-V font (vertical writing) adds, as PDFBox's PDCIDFont reads it: DW2's position vector y and
     * displacement (880 and -1000 unless given; fonts with W2 are left to PDFBox), and the program's units per em,
     * by which PDFBox's text stripper scales a vertical glyph's width.
     */
    record Vertical(float positionY, float displacementY, int unitsPerEm) {}

    private TextLayerFont(
            COSDictionary dict,
            ToUnicodeMap toUnicode,
            CMap identity,
            PDFontDescriptor descriptor,
            CidWidths widths,
            float defaultWidth,
            BoundingBox bbox) {
        super(toUnicode == null ? dict : withoutToUnicode(dict));
        this.font = dict;
        this.toUnicode = toUnicode;
        this.identity = identity;
        this.descriptor = descriptor;
        this.widths = widths;
        this.defaultWidth = defaultWidth;
        this.bbox = bbox;
    }

    /** The font for extraction, or null when the dictionary is not one this class reads like PDFBox. */
    static PDFont of(COSDictionary dict) throws IOException {
        COSBase encoding = dict.getDictionaryObject(COSName.ENCODING);
        if (!COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE))
                || encoding != COSName.IDENTITY_H && encoding != COSName.IDENTITY_V
                || !(dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode)
                || !(dict.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || descendants.size() != 1
                || !(descendants.getObject(0) instanceof COSDictionary cid)
                || !COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))
                || !(cid.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary fd)) {
            return null;
        }
        PDFontDescriptor descriptor = new PDFontDescriptor(fd);
        PDRectangle box = descriptor.getFontBoundingBox();
        if (box == null
                || (box.getLowerLeftX() == 0
                        && box.getLowerLeftY() == 0
                        && box.getUpperRightX() == 0
                        && box.getUpperRightY() == 0)) {
            return null; // PDFBox would take the box from the font program
        }
        CidWidths widths = CidWidths.of(cid.getDictionaryObject(COSName.W));
        if (widths == null) {
            return null;
        }
        float defaultWidth = cid.getDictionaryObject(COSName.DW) instanceof COSNumber n ? n.floatValue() : 1000;
        TextLayerFont font = new TextLayerFont(
                dict,
                toUnicode(toUnicode) instanceof byte[] cmap ? ToUnicodeMap.parse(cmap) : null,
                identityH(),
                descriptor,
                widths,
                defaultWidth,
                new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY()));
        if (font.toUnicode == null && font.getToUnicodeCMap() == null) {
            return null;
        }
        if (encoding == COSName.IDENTITY_V) {
            font.vertical = vertical(dict, cid, font);
            if (font.vertical == null) {
                return null;
            }
        }
        return font;
    }

    /**
     * The vertical metrics, or null when PDFBox might read them differently: W2 given, DW2 not two numbers, a
     * program whose units per em are not read as {@link EmbeddedWidths} reads them.
     */
    private static Vertical vertical(COSDictionary dict, COSDictionary cid, TextLayerFont font) throws IOException {
        if (cid.containsKey(COSName.W2)) {
            return null;
        }
        float positionY = 880;
        float displacementY = -1000;
        COSBase dw2 = cid.getDictionaryObject(COSName.DW2);
        if (dw2 != null) {
            if (!(dw2 instanceof COSArray a)
                    || a.size() != 2
                    || !(a.getObject(0) instanceof COSNumber y)
                    || !(a.getObject(1) instanceof COSNumber w1)) {
                return null;
            }
            positionY = y.floatValue();
            displacementY = w1.floatValue();
        }
        Integer unitsPerEm = EmbeddedWidths.unitsPerEm(dict);
        if (unitsPerEm == null) {
            return null;
        }
        return new Vertical(positionY, displacementY, unitsPerEm);
    }

    /** The vertical metrics of an Identity-V font, null for Identity-H. */
    Vertical vertical() {
        return vertical;
    }

    /**
     * The font dictionary PDFBox's font is built from when {@link ToUnicodeMap} has read the map: without it, so
     * that fontbox does not parse it again; {@link #getCOSObject} is still the document's.
     */
    private static COSDictionary withoutToUnicode(COSDictionary dict) {
        COSDictionary copy = new COSDictionary(dict);
        copy.removeItem(COSName.TO_UNICODE);
        return copy;
    }

    /** The decoded ToUnicode stream, or null when it is too large to read here (fontbox then reads it). */
    private static byte[] toUnicode(COSStream stream) throws IOException {
        try (RandomAccessRead in = stream.createView()) {
            long length = in.length();
            if (length > MAX_TO_UNICODE) {
                return null;
            }
            byte[] bytes = new byte[(int) length];
            in.readFully(bytes);
            return bytes;
        }
    }

    /** The predefined Identity-H CMap (two-byte codes, CID = code), parsed once as PDFBox's CMapManager does. */
    private static CMap identityH() throws IOException {
        CMap cmap = identityH;
        if (cmap == null) {
            cmap = new CMapParser().parsePredefined("Identity-H");
            identityH = cmap;
        }
        return cmap;
    }

    /** PDFBox's own font for what the dictionaries do not say. */
    private PDType0Font pdfbox() throws IOException {
        if (pdfbox == null) {
            pdfbox = (PDType0Font) PDFontFactory.createFont(font);
        }
        return pdfbox;
    }

    /**
     * Identity-H's code: two bytes (a missing second byte read as 0), as fontbox's CMap reads it from the byte
     * stream PDFBox gives (its codespace {@code <0000> <FFFF>} matches any two bytes).
     */
    @Override
    public int readCode(InputStream in) throws IOException {
        if (!(in instanceof ByteArrayInputStream)) {
            return identity.readCode(in);
        }
        int high = in.read();
        int low = in.read();
        return (high < 0 ? 0 : high) << 8 | (low < 0 ? 0 : low);
    }

    @Override
    public COSDictionary getCOSObject() {
        return font;
    }

    @Override
    public String toUnicode(int code) {
        String text = toUnicode != null ? toUnicode.toUnicode(code) : super.toUnicode(code);
        if (text != null) {
            return text;
        }
        try {
            return pdfbox().toUnicode(code);
        } catch (IOException e) {
            return null; // no text for the code, as PDFBox when its font cannot be read
        }
    }

    @Override
    public String toUnicode(int code, GlyphList glyphList) {
        return toUnicode(code);
    }

    @Override
    public float getWidth(int code) {
        Float width = widths.width(cid(code));
        return width != null ? width : defaultWidth;
    }

    /** Identity-H's CID: the two-byte code itself (its one CID range maps 0000–FFFF onto 0–65535). */
    private int cid(int code) {
        return code >= 0 && code <= 0xFFFF ? code : identity.toCID(code);
    }

    /** PDType0Font's: (0, w1y / 1000) in vertical writing, else (width / 1000, 0). */
    @Override
    public Vector getDisplacement(int code) {
        if (vertical != null) {
            return new Vector(0, vertical.displacementY() / 1000f);
        }
        return new Vector(getWidth(code) / 1000, 0);
    }

    /**
     * The advance width in the embedded font program, as PDFBox's CIDFontType2 computes it (the text stripper
     * asks it for code 32 when ToUnicode maps no space): CID → GID by CIDToGIDMap (or the CID itself when below
     * the glyph count), the advance from hmtx (the last one past numberOfHMetrics), scaled to 1000 units per em.
     * Only the tables head, maxp, hhea and hmtx are read; a font program that is not plain TrueType, or whose
     * tables are not where they should be, is left to PDFBox.
     */
    @Override
    public float getWidthFromFont(int code) throws IOException {
        Float width = EmbeddedWidths.widthFromFont(font, cid(code));
        return width != null ? width : pdfbox().getWidthFromFont(code);
    }

    /**
     * {@code PDFont.getSpaceWidth} over {@link ToUnicodeMap}: the width of the code ToUnicode maps to a space, else
     * the space's width in the font program, else the average width, else 250.
     */
    @Override
    public float getSpaceWidth() {
        if (toUnicode == null) {
            return super.getSpaceWidth();
        }
        if (spaceWidth == -1f) {
            try {
                float width = -1f;
                if (toUnicode.spaceMapping() > -1) {
                    width = getWidth(toUnicode.spaceMapping());
                }
                if (width <= 0) {
                    width = getWidthFromFont(32);
                    if (width <= 0) {
                        width = getAverageFontWidth();
                    }
                }
                spaceWidth = width;
            } catch (Exception e) {
                spaceWidth = 250f;
            }
        }
        return spaceWidth;
    }

    /** {@link #getAverageFontWidth}, once computed (PDCIDFont keeps it too); NaN before. */
    private float averageWidth = Float.NaN;

    /**
     * PDType0Font's, its CIDFont's average of the widths W states (see {@link CidWidths#average}), computed once: the
     * stripper asks it for every glyph when the space's width is 0.
     */
    @Override
    public float getAverageFontWidth() {
        if (Float.isNaN(averageWidth)) {
            Float average = widths.average(defaultWidth);
            if (average == null) {
                try {
                    average = pdfbox().getAverageFontWidth();
                } catch (IOException e) {
                    average = defaultWidth;
                }
            }
            averageWidth = average;
        }
        return averageWidth;
    }

    @Override
    public BoundingBox getBoundingBox() {
        return bbox;
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return descriptor;
    }

    @Override
    public Matrix getFontMatrix() {
        return FONT_MATRIX;
    }

    @Override
    public boolean isVertical() {
        return vertical != null;
    }

    /** PDType0Font's: PDCIDFont's default position vector (w0 / 2, DW2's y) scaled by -1/1000. */
    @Override
    public Vector getPositionVector(int code) {
        if (vertical != null) {
            return new Vector(getWidth(code) / 2, vertical.positionY()).scale(-0.001f);
        }
        try {
            return pdfbox().getPositionVector(code);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public float getHeight(int code) throws IOException {
        return pdfbox().getHeight(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return pdfbox().hasExplicitWidth(code);
    }

    @Override
    public boolean isEmbedded() {
        try {
            return pdfbox().isEmbedded();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isDamaged() {
        try {
            return pdfbox().isDamaged();
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public boolean isStandard14() {
        return false;
    }

    @Override
    public String getName() {
        return dict.getNameAsString(COSName.BASE_FONT); // asked by PDFont's constructor: the copy has it too
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("not a standard 14 font");
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
