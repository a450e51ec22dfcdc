package org.gongkai.reportreading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pictures placed in a web page or a Word document: many reports publish a table, or a whole page, as an image.
 * Each picture large enough to hold a table is recognised as a scanned page is ({@link OcrExtractor#page}) and
 * what it holds is put where the picture stands, when it holds a ruled table or a paragraph of text (an emblem, a
 * photograph or a QR code adds nothing). Bounded as scans are: pictures, pixels a picture, time a document.
 */
final class EmbeddedImages {

    /** Smaller pictures are icons, emblems and buttons, never a table of the report. */
    static final int MIN_WIDTH = 300;

    static final int MIN_HEIGHT = 100;

    /** Recognised text lines hold at least this many Chinese characters for a picture of text to count. */
    static final int MIN_HAN = 40;

    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

    /** Gives the bytes of a picture a document refers to (an {@code <img src>}), or null when it cannot. */
    @FunctionalInterface
    interface Source {
        byte[] bytes(String reference) throws IOException;

        /** Only pictures inside the document itself ({@code data:} addresses, Word's own media). */
        Source NONE = reference -> null;
    }

    private final String name;
    private final Source source;
    private int recognised;
    private long start;

    EmbeddedImages(String name, Source source) {
        this.name = name;
        this.source = source;
    }

    /**
     * Pictures in files next to {@code file}: a page saved with its pictures ("report_files/table1.png"). Only
     * relative references inside the file's folder are followed, regular files within the size a report may have.
     */
    static Source besides(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return reference -> {
            if (dir == null) {
                return null;
            }
            String r = reference.strip();
            int cut = indexOfAny(r, "?#");
            r = cut >= 0 ? r.substring(0, cut) : r;
            if (r.isEmpty()
                    || r.startsWith("/")
                    || r.startsWith("\\")
                    || r.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                return null; // a site's or another host's address: not a file of this folder
            }
            Path p;
            try {
                p = dir.resolve(URLDecoder.decode(r.replace("+", "%2B"), StandardCharsets.UTF_8))
                        .normalize();
            } catch (IllegalArgumentException e) { // a malformed escape, or no path this system can name
                return null;
            }
            if (!p.startsWith(dir) || !Files.isRegularFile(p) || Files.size(p) > DocumentLoader.LIMITS.maxBytes()) {
                return null;
            }
            return Files.readAllBytes(p);
        };
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The picture an {@code <img src>} names, read into {@code b} (see {@link #add(byte[], SourceDocument.Builder)}). */
    void reference(String src, SourceDocument.Builder b) throws UnreadableReportException {
        String s = src.strip();
        byte[] bytes;
        if (s.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = s.indexOf(',');
            if (comma < 0 || !s.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                return;
            }
            try {
                bytes = Base64.getMimeDecoder().decode(s.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                return; // a broken picture is no table
            }
        } else {
            try {
                bytes = source.bytes(s);
            } catch (IOException e) {
                return;
            }
        }
        if (bytes != null) {
            add(bytes, b);
        }
    }

    /** One picture: recognised when it is large enough and OCR is installed; its lines added when they count. */
    void add(byte[] image, SourceDocument.Builder b) throws UnreadableReportException {
        if (!OcrExtractor.available() || recognised >= OcrExtractor.MAX_PAGES) {
            return;
        }
        BufferedImage img = decode(image);
        if (img == null) {
            return;
        }
        if (recognised == 0) {
            start = OcrExtractor.cpuNow();
        } else if (OcrExtractor.cpuNow() - start > OcrExtractor.BUDGET_NANOS) {
            throw UnreadableReportException.of("ocr-slow", name);
        }
        recognised++;
        SourceDocument.Builder one = new SourceDocument.Builder();
        OcrExtractor.page(OcrExtractor.toRgb(img), one, name);
        SourceDocument read = one.build();
        if (counts(read)) {
            b.append(read);
        }
    }

    /** A ruled table (rows of several cells) or a paragraph's worth of Chinese text. */
    static boolean counts(SourceDocument read) {
        int han = 0;
        for (var line : read.lines()) {
            if (line.size() > 1) {
                return true;
            }
            var m = HAN.matcher(line.get(0));
            while (m.find()) {
                han++;
            }
        }
        return han >= MIN_HAN;
    }

    /** The picture, when it is one of a size worth reading and within the pixels a scanned page may have. */
    private static BufferedImage decode(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            if (in == null) {
                return null;
            }
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w < MIN_WIDTH || h < MIN_HEIGHT || w * h > OcrExtractor.MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a picture ImageIO reads (SVG, WebP, a broken file): nothing to add
        }
    }
}
