package org.gongkai.reportreading;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text layer, in reading order; each text line is one cell (numbers separated by spaces split later).
 * A PDF without a text layer (a scan: fewer than {@link #SCAN_CHARS} characters a page) is recognised by OCR.
 */
final class PdfExtractor {

    private static final int MAX_PAGES = 200;

    private PdfExtractor() {}

    static final int SCAN_CHARS = 20;

    static SourceDocument extract(byte[] content, String name) throws IOException, UnreadableReportException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            doc.setResourceCache(new TextLayerFonts());
            PDFTextStripper s = new TextStripper();
            s.setSortByPosition(true);
            int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
            s.setEndPage(pages);
            s.setWordSeparator(" ");
            String text = s.getText(doc);
            if (text.strip().length() < SCAN_CHARS * Math.max(1, pages)) {
                return scan(content, name);
            }
            return DocumentLoader.text(text);
        }
    }

    /** Pages without a text layer are rendered for OCR by a document with PDFBox's own fonts (they draw glyphs). */
    private static SourceDocument scan(byte[] content, String name) throws IOException, UnreadableReportException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return OcrExtractor.pdf(doc, name);
        }
    }
}
