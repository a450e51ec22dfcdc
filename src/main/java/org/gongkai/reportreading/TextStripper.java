package org.gongkai.reportreading;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper given each page's operators without those it ignores ({@link TextOnlyContent}): read by
 * {@link ContentTokens} and run by {@link TextOperators} without PDFBox's content-stream parser, or, when a token is
 * not one that reader is sure of, as filtered content PDFBox parses; a page whose content is not plain is given to
 * it whole. Form XObjects drawn by a page are read by PDFBox whole. Glyphs of a vertical {@link TextLayerFont} are
 * placed by {@link VerticalGlyphs}; glyphs drawn twice over each other are dropped by {@link OverlappingGlyphs}, as
 * PDFBox's own check would drop them.
 */
class TextStripper extends PDFTextStripper implements TextOperators.Engine, VerticalGlyphs.State {

    private final VerticalGlyphs vertical = new VerticalGlyphs();

    /** The duplicate-overlap rule, run here instead of in PDFBox's processTextPosition (its map is slow). */
    private final OverlappingGlyphs shown = new OverlappingGlyphs();

    private boolean suppressDuplicates = true;

    /**
     * PDFTextStripper's actualText as its marked-content methods set it (the rule is not applied while it is set),
     * and whether each marked content still open has an ActualText.
     */
    private boolean actualText;

    private final java.util.ArrayDeque<Boolean> markedActualText = new java.util.ArrayDeque<>();

    TextStripper() {
        super.setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void setSuppressDuplicateOverlappingText(boolean suppress) {
        suppressDuplicates = suppress;
    }

    @Override
    public boolean getSuppressDuplicateOverlappingText() {
        return suppressDuplicates;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        actualText = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
        markedActualText.push(actualText);
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean open = markedActualText.poll();
        if (open != null && open) {
            actualText = false;
        }
        super.endMarkedContentSequence();
    }

    /** PDFTextStripper's processTextPosition with its duplicate-overlap rule applied first, as it applies it. */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (suppressDuplicates
                && !actualText
                && !shown.show(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
            return;
        }
        super.processTextPosition(text);
    }

    /** The operator the page's stand-in content holds: where {@link #pending} is processed. */
    static final String MARKER = "GongkaiText";

    private static final byte[] MARKER_CONTENT = (MARKER + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The page's kept operations, read by {@link ContentTokens}, until the marker processes them. */
    private List<ContentTokens.Operation> pending;

    @Override
    public void processPage(PDPage page) throws IOException {
        pending = null;
        shown.clear();
        vertical.page(page);
        try {
            super.processPage(textOnly(page));
        } finally {
            pending = null;
        }
    }

    /**
     * The page's operations given to PDFBox's operator processors straight, without its content-stream parser: the
     * stand-in content is the one marker operator, which PDFBox has no processor for.
     */
    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        List<ContentTokens.Operation> operations = pending;
        if (operations == null || !MARKER.equals(operator.getName())) {
            return;
        }
        pending = null;
        new TextOperators(this).run(operations);
    }

    /** A vertical {@link TextLayerFont}'s glyph placed as PDFBox places a PDType0Font's; others by PDFBox. */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (font instanceof TextLayerFont f && f.vertical() != null) {
            TextPosition p = vertical.position(this, textRenderingMatrix, f, code, displacement);
            if (p != null) {
                processTextPosition(p);
            }
            return;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    public float fontHeight(PDFont font) throws IOException {
        return computeFontHeight(font);
    }

    @Override
    public void process(String operator, List<COSBase> operands) throws IOException {
        processOperator(operator, operands);
    }

    @Override
    public void failed(String operator, List<COSBase> operands, IOException e) throws IOException {
        operatorException(Operator.getOperator(operator), operands, e);
    }

    @Override
    public void adjust(float tx, float ty) {
        applyTextAdjustment(tx, ty);
    }

    @Override
    public org.apache.pdfbox.contentstream.PDFStreamEngine engine() {
        return this;
    }

    private PDPage textOnly(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents == null
                || contents instanceof COSStream stream
                        && (stream.containsKey(COSName.DECODE_PARMS) || stream.containsKey(COSName.DP))) {
            return page; // PDFBox's parser inflates a single Flate stream without its decode parameters
        }
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = TextOnlyContent.read(in);
        } catch (IOException e) {
            return page; // PDFBox says what is wrong with it
        }
        if (content == null) {
            return page;
        }
        GraphicsStates states = new GraphicsStates(page);
        List<ContentTokens.Operation> operations = TextOnlyContent.operations(content, states::matter);
        if (operations != null) {
            pending = operations;
            return new TextOnlyPage(page, MARKER_CONTENT);
        }
        byte[] kept = TextOnlyContent.filter(content, states::matter);
        return kept == null ? page : new TextOnlyPage(page, kept);
    }

    /**
     * Whether a "gs" operator can change what the stripper reads: its parameters set the font, or something
     * PDFBox could fail on, or they are not there. Parameters of line style, transparency, overprint and
     * rendering only do not (PDFBox copies them into a graphics state the stripper never reads).
     */
    static final class GraphicsStates {

        private static final Set<COSName> INERT = Set.of(
                COSName.TYPE,
                COSName.LW,
                COSName.LC,
                COSName.LJ,
                COSName.ML,
                COSName.OPM,
                COSName.OP,
                COSName.OP_NS,
                COSName.CA,
                COSName.CA_NS,
                COSName.AIS,
                COSName.SA,
                COSName.SM,
                COSName.FL,
                COSName.BM,
                COSName.TK);

        private final PDPage page;
        private final Map<String, Boolean> known = new HashMap<>();

        GraphicsStates(PDPage page) {
            this.page = page;
        }

        boolean matter(String name) {
            return name == null || known.computeIfAbsent(name, this::read);
        }

        private boolean read(String name) {
            PDResources resources = page.getResources();
            if (resources == null
                    || !(resources.getCOSObject().getDictionaryObject(COSName.EXT_G_STATE) instanceof COSDictionary all)
                    || !(all.getDictionaryObject(COSName.getPDFName(name)) instanceof COSDictionary params)) {
                return true;
            }
            for (COSName key : params.keySet()) {
                COSBase value = params.getDictionaryObject(key);
                if (!INERT.contains(key)
                        || !(value instanceof COSNumber || value instanceof COSBoolean || value instanceof COSName)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The same page (dictionary, resources and their cached fonts) with other content bytes. */
    private static final class TextOnlyPage extends PDPage {

        private final PDPage page;
        private final byte[] content;

        TextOnlyPage(PDPage page, byte[] content) {
            super(page.getCOSObject());
            this.page = page;
            this.content = content;
        }

        @Override
        public PDResources getResources() {
            return page.getResources();
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() {
            return new ContentBytes(content);
        }

        @Override
        public RandomAccessRead getContentsForRandomAccess() {
            return new ContentBytes(content);
        }

        @Override
        public InputStream getContents() {
            return new java.io.ByteArrayInputStream(content);
        }
    }
}
