package org.gongkai.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.platform.errors.InvalidInputException;

/**
 * Checks an uploaded attachment by its content (not its name or declared type) and extracts its text for search.
 * Only PDF and DOCX are accepted, up to {@link #MAX_BYTES}.
 */
final class AttachmentReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_TEXT = 1_000_000;
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
            if (startsWith(content, "%PDF-")) {
                return new Read(name, PDF, cap(pdfText(content)));
            }
            if (startsWith(content, "PK\u0003\u0004") && isDocx(content)) {
                return new Read(name, DOCX, cap(docxText(content)));
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "catalog.error.file-unreadable");
        }
        throw InvalidInputException.of("file", "catalog.error.file-type");
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

    /** A DOCX is a zip holding word/document.xml. */
    private static boolean isDocx(byte[] content) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String cleanName(String filename) {
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
