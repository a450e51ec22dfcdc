package org.gongkai.reportreading;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper given each page's content without the operators it ignores ({@link TextOnlyContent}), so
 * that it parses only what it uses; a page whose content is not plain is given to it whole. Form XObjects drawn
 * by a page are read whole.
 */
final class TextStripper extends PDFTextStripper {

    @Override
    public void processPage(PDPage page) throws IOException {
        super.processPage(textOnly(page));
    }

    private static PDPage textOnly(PDPage page) {
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) != null)) {
            return page;
        }
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = TextOnlyContent.read(in);
        } catch (IOException e) {
            return page; // PDFBox says what is wrong with it
        }
        byte[] kept = content == null ? null : TextOnlyContent.filter(content);
        return kept == null ? page : new TextOnlyPage(page, kept);
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
            return new RandomAccessReadBuffer(content);
        }

        @Override
        public RandomAccessRead getContentsForRandomAccess() {
            return new RandomAccessReadBuffer(content);
        }

        @Override
        public InputStream getContents() {
            return new java.io.ByteArrayInputStream(content);
        }
    }
}
