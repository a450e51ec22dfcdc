package org.gongkai.reportreading;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper given each page's content without the operators it ignores ({@link TextOnlyContent}), so
 * that it parses only what it uses; a page whose content is not plain is given to it whole. Form XObjects drawn
 * by a page are read whole.
 */
class TextStripper extends PDFTextStripper {

    @Override
    public void processPage(PDPage page) throws IOException {
        super.processPage(textOnly(page));
    }

    private static PDPage textOnly(PDPage page) {
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
        byte[] kept = content == null ? null : TextOnlyContent.filter(content, new GraphicsStates(page)::matter);
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
