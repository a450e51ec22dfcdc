package org.gongkai.platform.uploads;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongkai.platform.uploads.UploadRefusedException.Reason;

/** A PDF's page count against the page limit; the pages themselves are not parsed. */
final class PdfBounds {

    private PdfBounds() {}

    static void check(String name, byte[] content, UploadLimits limits) {
        int pages;
        try (PDDocument doc = Loader.loadPDF(content)) {
            pages = doc.getNumberOfPages();
        } catch (IOException e) {
            return; // unreadable: the parser says so in its own terms
        }
        if (pages > limits.maxPages()) {
            throw new UploadRefusedException(Reason.TOO_MANY_PAGES, name, pages, limits.maxPages());
        }
    }
}
