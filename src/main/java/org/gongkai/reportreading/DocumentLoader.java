package org.gongkai.reportreading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;

/** Recognises a report's format by its content (not its name) and extracts its lines and cells. */
final class DocumentLoader {

    enum Format {
        TEXT,
        HTML,
        DOCX,
        PDF,
        IMAGE
    }

    private DocumentLoader() {}

    /** What reading one report may cost: the platform's limits, 20 MB as sent. */
    static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(20L * 1024 * 1024);

    /**
     * A PDF or an image may be a scan: OCR needs more time (its pages and pixels are bounded the same, and its CPU
     * time by {@link OcrExtractor#BUDGET_NANOS}); this wall-clock bound leaves room for a machine busy with other
     * work (a 5-page scan at 300 dpi took 19–44 s at load 6 and was refused at 120 s under load 12–14).
     */
    static final UploadLimits SCAN_LIMITS = LIMITS.withParseBudget(java.time.Duration.ofSeconds(300));

    /**
     * Reads a report within {@link #LIMITS}; an upload past them is refused with {@link UploadRefusedException}
     * before it can exhaust memory or time.
     */
    static SourceDocument load(byte[] content, String name) throws UnreadableReportException {
        return load(content, name, EmbeddedImages.Source.NONE);
    }

    /**
     * As {@link #load(byte[], String)}, the pictures a web page refers to given by {@code pictures} (those inside
     * the document are read in any case). A document that may hold pictures has the time a scan has.
     */
    static SourceDocument load(byte[] content, String name, EmbeddedImages.Source pictures)
            throws UnreadableReportException {
        UploadType type = Uploads.detect(content);
        UploadLimits limits =
                type.isImage() || type == UploadType.PDF || mayHoldPictures(type, content) ? SCAN_LIMITS : LIMITS;
        return Uploads.read(
                name, content, limits, upload -> extract(upload.content(), name, new EmbeddedImages(name, pictures)));
    }

    private static final byte[] IMG = "<img".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORD_MEDIA = "word/media/".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether a text file has an {@code <img>} or a Word file a media part (its name is stored uncompressed);
     * nothing else read here can hold a picture.
     */
    static boolean mayHoldPictures(UploadType type, byte[] c) {
        return switch (type) {
            case TEXT -> indexOf(c, IMG, true) >= 0;
            case DOCX -> indexOf(c, WORD_MEDIA, false) >= 0;
            default -> false;
        };
    }

    /** Where {@code what} (lower-case ASCII when {@code ignoreCase}) first occurs in {@code c}, or -1. */
    private static int indexOf(byte[] c, byte[] what, boolean ignoreCase) {
        byte first = what[0];
        int last = c.length - what.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (c[i] != first) {
                continue;
            }
            for (int j = 1; j < what.length; j++) {
                int x = c[i + j];
                if (ignoreCase && x >= 'A' && x <= 'Z') {
                    x += 'a' - 'A';
                }
                if (x != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static SourceDocument extract(byte[] content, String name, EmbeddedImages images)
            throws UnreadableReportException {
        Format f = detect(content, name);
        try {
            return switch (f) {
                case PDF -> PdfExtractor.extract(content, name);
                case IMAGE -> OcrExtractor.image(content, name);
                case DOCX -> DocxExtractor.extract(content, images);
                case HTML -> HtmlExtractor.extract(decode(content, name), images);
                case TEXT -> text(decode(content, name));
            };
        } catch (UnreadableReportException | UploadRefusedException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw UnreadableReportException.because(e, "encrypted", name);
        } catch (Exception | StackOverflowError e) {
            throw UnreadableReportException.because(
                    e,
                    "format",
                    name,
                    f.name().toLowerCase(Locale.ROOT),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * Pages of a paged report: a PDF's pages, an image's frames (a TIFF may hold several); 0 for text, HTML and
     * Word, or when the file cannot be opened. Only the page count is read, for rates of pages a second.
     */
    static int pages(byte[] content) {
        UploadType type = Uploads.detect(content);
        try {
            if (type == UploadType.PDF) {
                try (var doc = Loader.loadPDF(content)) {
                    return doc.getNumberOfPages();
                }
            }
            if (type.isImage()) {
                try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                    var readers = ImageIO.getImageReaders(in);
                    if (!readers.hasNext()) {
                        return 0;
                    }
                    var reader = readers.next();
                    try {
                        reader.setInput(in);
                        return reader.getNumImages(true);
                    } finally {
                        reader.dispose();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static SourceDocument text(String s) {
        SourceDocument.Builder b = new SourceDocument.Builder();
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == '\n') {
                int end = i > start && s.charAt(i - 1) == '\r' ? i - 1 : i;
                b.text(s.substring(start, end));
                start = i + 1;
            }
        }
        return b.build();
    }

    static Format detect(byte[] c, String name) throws UnreadableReportException {
        // the kind of file comes from the platform's one detector; only text is told apart here (HTML or plain)
        UploadType type = Uploads.detect(c);
        if (type == UploadType.PDF) {
            return Format.PDF;
        }
        if (type.isImage()) {
            return Format.IMAGE; // a scanned page
        }
        if (type == UploadType.DOCX) {
            return Format.DOCX;
        }
        if (type.isZip()) {
            throw UnreadableReportException.of("zip", name);
        }
        if (type == UploadType.OLE) {
            throw UnreadableReportException.of("old-office", name);
        }
        int control = 0;
        int len = Math.min(c.length, 8192);
        for (int i = 0; i < len; i++) {
            int b = c[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c && b != 0x1b) {
                control++;
            }
        }
        if (len > 0 && control * 20 > len) {
            throw UnreadableReportException.of("binary", name);
        }
        String head = new String(c, 0, Math.min(c.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<html")
                || head.contains("<!doctype html")
                || head.contains("<table")
                || head.contains("<body")
                || head.contains("<p>")
                || head.contains("<div")) {
            return Format.HTML;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if ((lower.endsWith(".html") || lower.endsWith(".htm")) && head.contains("<")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 as Chinese sites often use. */
    static String decode(byte[] c, String name) throws UnreadableReportException {
        if (c.length >= 2 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xFE) {
            return new String(c, 2, c.length - 2, StandardCharsets.UTF_16LE);
        }
        if (c.length >= 2 && (c[0] & 0xff) == 0xFE && (c[1] & 0xff) == 0xFF) {
            return new String(c, 2, c.length - 2, StandardCharsets.UTF_16BE);
        }
        int off = c.length >= 3 && (c[0] & 0xff) == 0xEF && (c[1] & 0xff) == 0xBB && (c[2] & 0xff) == 0xBF ? 3 : 0;
        String lenient = new String(c, off, c.length - off, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient; // valid UTF-8 (a malformed sequence would have left a replacement character)
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(c, off, c.length - off))
                    .toString();
        } catch (CharacterCodingException e) {
            try {
                return Charset.forName("GB18030")
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(c))
                        .toString();
            } catch (CharacterCodingException e2) {
                throw UnreadableReportException.of("encoding", name);
            }
        }
    }
}
