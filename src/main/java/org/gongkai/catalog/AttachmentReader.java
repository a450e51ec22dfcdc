package org.gongkai.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;

/**
 * Checks an uploaded attachment by its content (not its name or declared type) and extracts its text for search.
 * Only PDF and DOCX are accepted, up to {@link #MAX_BYTES}.
 */
final class AttachmentReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_TEXT = 1_000_000;
    static final String PDF = UploadType.PDF.mediaType();
    static final String DOCX = UploadType.DOCX.mediaType();

    /** The platform's limits, 10 MB as sent. */
    private static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(MAX_BYTES);

    record Read(String filename, String mediaType, String text) {}

    private AttachmentReader() {}

    static Read read(String filename, byte[] content) {
        String name = cleanName(filename);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "catalog.error.file-empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "catalog.error.file-too-large", MAX_BYTES / 1024 / 1024);
        }
        try {
            return Uploads.read(name, content, LIMITS, upload -> switch (upload.type()) {
                case PDF -> new Read(name, PDF, cap(pdfText(upload.content())));
                case DOCX -> new Read(name, DOCX, cap(docxText(upload.content())));
                default -> throw InvalidInputException.of("file", "catalog.error.file-type");
            });
        } catch (UploadRefusedException e) {
            throw e.asInvalidInput("file");
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "catalog.error.file-unreadable");
        }
    }

    private static String pdfText(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(byte[] content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    static String cleanName(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "")
                .strip();
        if (n.isEmpty()) {
            n = "attachment";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String cap(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }
}
