package org.gongkai.reportreading;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text layer, in reading order; each text line is one cell (numbers separated by spaces split later).
 * A PDF without a text layer (a scan) reads as a document without tables.
 */
final class PdfExtractor {

    private static final int MAX_PAGES = 200;

    private PdfExtractor() {}

    static SourceDocument extract(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            s.setWordSeparator(" ");
            String text = s.getText(doc);
            return DocumentLoader.text(text);
        }
    }
}
