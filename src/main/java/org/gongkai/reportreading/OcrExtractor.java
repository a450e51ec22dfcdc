package org.gongkai.reportreading;

import com.sun.jna.Pointer;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.Word;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned reports (image-only PDF pages, PNG, JPEG, TIFF) read by Tesseract (chi_sim): each page's ruled tables
 * are found from their ruling lines ({@link TableGrid}), the page is recognised once, and every recognised word
 * goes to the table cell its centre falls in, or to a text line. A number cell read with low confidence, or with
 * letters among its digits, is illegible: the reader fills it only when the sums settle it, and otherwise leaves
 * it unknown ({@code uncertain}). Bounded: pages, pixels per page and time per document.
 */
final class OcrExtractor {

    static final int MAX_PAGES = 20;
    static final long MAX_PIXELS = 25_000_000L;
    /**
     * CPU time the reading thread may spend recognising one document (Tesseract runs on it, one thread): the work
     * done, not the time a busy machine makes it wait; the upload's parse budget bounds the wall-clock time.
     */
    static final long BUDGET_NANOS = 90_000_000_000L;

    static final float DPI = 150f;
    /** Words of a number cell below this confidence (0–100) make the cell illegible. */
    static final float MIN_CONFIDENCE = 70f;

    /** Where Debian's tesseract-ocr-chi-sim and tesseract-ocr-eng put the language data. */
    static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");
    /** Idle engines (an engine is not thread-safe, starting one costs ~0.2 s): taken for a page, given back after. */
    private static final java.util.concurrent.ConcurrentLinkedQueue<TessBaseAPI> PAGE_ENGINES =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static final java.util.concurrent.ConcurrentLinkedQueue<TessBaseAPI> DIGIT_ENGINES =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private OcrExtractor() {}

    /** The reading thread's CPU time so far (its wall-clock time where the JVM cannot tell). */
    static long cpuNow() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static boolean available() {
        return Files.isRegularFile(Path.of(TESSDATA, "chi_sim.traineddata"));
    }

    /** The C library's setenv, to configure OpenMP before Tesseract's library is loaded. */
    interface LibC extends com.sun.jna.Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * One thread per page engine: Tesseract's OpenMP threads only spin against the reading threads (which are
     * already one per core) — measured 28 s instead of 47 s wall for five pages on the loaded machine. Must run
     * before TessAPI loads libtesseract (and with it libgomp, which reads the variable once).
     */
    static final class Tess {
        static final TessAPI API = loadSingleThreaded();
    }

    private static TessAPI loadSingleThreaded() {
        try {
            // overwrite 0: a limit the operator set in the environment is kept
            com.sun.jna.Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // not a glibc system: Tesseract keeps its default threads
        }
        return TessAPI.INSTANCE;
    }

    /** One Tesseract engine per thread (an engine is not thread-safe; starting one costs ~0.2 s). */
    private static TessBaseAPI tesseract() {
        TessAPI api = Tess.API;
        TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(h, TESSDATA, "chi_sim") != 0) {
            api.TessBaseAPIDelete(h);
            throw new IllegalStateException("Tesseract cannot load chi_sim from " + TESSDATA);
        }
        api.TessBaseAPISetPageSegMode(h, ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT);
        api.TessBaseAPISetVariable(h, "user_defined_dpi", String.valueOf((int) DPI));
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        return h;
    }

    /** A second engine per thread for number cells: digits only, one line. */
    static TessBaseAPI digitsEngine() {
        TessAPI api = Tess.API;
        TessBaseAPI h = api.TessBaseAPICreate();
        String lang = Files.isRegularFile(Path.of(TESSDATA, "eng.traineddata")) ? "eng" : "chi_sim";
        if (api.TessBaseAPIInit3(h, TESSDATA, lang) != 0) {
            api.TessBaseAPIDelete(h);
            throw new IllegalStateException("Tesseract cannot load " + lang + " from " + TESSDATA);
        }
        api.TessBaseAPISetPageSegMode(h, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        api.TessBaseAPISetVariable(h, "tessedit_char_whitelist", "0123456789.+-");
        api.TessBaseAPISetVariable(h, "user_defined_dpi", String.valueOf((int) DPI));
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        return h;
    }

    /** The page as 8-bit grey pixels for Tesseract. */
    static ByteBuffer grey(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        ByteBuffer buf = ByteBuffer.allocateDirect(w * h);
        int[] packed = packedRgb(img);
        if (packed != null) {
            // the pixels as stored: the same values as getRGB gives, without a call per pixel
            for (int i = 0; i < w * h; i++) {
                buf.put(i, luma(packed[i]));
            }
            return buf;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buf.put(luma(img.getRGB(x, y)));
            }
        }
        buf.flip();
        return buf;
    }

    /** A pixel's grey: 0.3 red, 0.6 green, 0.1 blue. */
    private static byte luma(int rgb) {
        return (byte) (((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10);
    }

    /** An RGB image's pixels, one int each row after row, when it stores them so (a rendered page); else null. */
    private static int[] packedRgb(BufferedImage img) {
        var raster = img.getRaster();
        if (img.getType() != BufferedImage.TYPE_INT_RGB
                || !(raster.getDataBuffer() instanceof java.awt.image.DataBufferInt data)
                || !(raster.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != img.getWidth()
                || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0
                || data.getNumBanks() != 1
                || data.getOffset() != 0) {
            return null;
        }
        return data.getData();
    }

    /** A number cell's digit reading: its text, or null when not a number read with confidence. */
    static String number(CellStrip.Reading r) {
        return r.confidence() >= MIN_CONFIDENCE && NUMBER.matcher(r.text()).matches() ? r.text() : null;
    }

    private static List<Rectangle> boxes(TableGrid grid, List<Integer> cells) {
        List<Rectangle> out = new ArrayList<>();
        for (int i : cells) {
            out.add(grid.cells.get(i).box());
        }
        return out;
    }

    /** A second reading that is a number other than the first (an empty second reading contradicts nothing). */
    static boolean contradicted(String first, String second) {
        return second != null && !second.isEmpty() && !second.equals(first);
    }

    private static final java.util.concurrent.ConcurrentLinkedQueue<TessBaseAPI> CONFIRM_ENGINES =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The Chinese model restricted to digits, one line: the second reader of number cells ({@link CellStrip}). */
    private static TessBaseAPI confirmEngine() {
        TessAPI api = Tess.API;
        TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(h, TESSDATA, "chi_sim") != 0) {
            api.TessBaseAPIDelete(h);
            throw new IllegalStateException("Tesseract cannot load chi_sim from " + TESSDATA);
        }
        api.TessBaseAPISetPageSegMode(h, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        api.TessBaseAPISetVariable(h, "tessedit_char_whitelist", "0123456789.+-");
        api.TessBaseAPISetVariable(h, "user_defined_dpi", String.valueOf((int) DPI));
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        return h;
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,12}(\\.\\d{1,6})?");

    /** A signed number as the page's Chinese reading may give it: the minus sign read as 一 or a dash. */
    private static final Pattern SIGNED = Pattern.compile("[一—−－-](\\d{1,12})");

    /** Recognises a page; every word with its confidence and box. */
    static List<Word> words(ByteBuffer buf, int w, int h) {
        TessAPI api = Tess.API;
        TessBaseAPI handle = PAGE_ENGINES.poll();
        if (handle == null) {
            handle = tesseract();
        }
        try {
            return words(api, handle, buf, w, h);
        } finally {
            PAGE_ENGINES.add(handle);
        }
    }

    private static List<Word> words(TessAPI api, TessBaseAPI handle, ByteBuffer buf, int w, int h) {
        List<Word> out = new ArrayList<>();
        api.TessBaseAPISetImage(handle, buf, w, h, 1, w);
        try {
            if (api.TessBaseAPIRecognize(handle, null) != 0) {
                return out;
            }
            TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
            if (ri == null) {
                return out;
            }
            try {
                TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
                int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
                do {
                    Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
                    if (p == null) {
                        continue;
                    }
                    String text = p.getString(0, "UTF-8");
                    api.TessDeleteText(p);
                    float conf = api.TessResultIteratorConfidence(ri, level);
                    IntBuffer l = IntBuffer.allocate(1);
                    IntBuffer t = IntBuffer.allocate(1);
                    IntBuffer r = IntBuffer.allocate(1);
                    IntBuffer b = IntBuffer.allocate(1);
                    api.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
                    out.add(new Word(
                            text, conf, new Rectangle(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0))));
                } while (api.TessResultIteratorNext(ri, level) == ITessAPI.TRUE);
            } finally {
                api.TessResultIteratorDelete(ri);
            }
        } finally {
            api.TessBaseAPIClear(handle);
        }
        return out;
    }

    /** The pages of a PDF without a text layer, rendered at {@link #DPI} and recognised. */
    static SourceDocument pdf(PDDocument doc, String name) throws UnreadableReportException {
        requireTesseract(name);
        PDFRenderer renderer = new PDFRenderer(doc);
        SourceDocument.Builder b = new SourceDocument.Builder();
        long start = cpuNow();
        int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
        for (int i = 0; i < pages; i++) {
            var box = doc.getPage(i).getMediaBox();
            long pixels = (long) (box.getWidth() / 72f * DPI) * (long) (box.getHeight() / 72f * DPI);
            if (pixels > MAX_PIXELS) {
                throw UnreadableReportException.of("page-too-large", name, i + 1);
            }
            // a scan of about twice DPI or finer is drawn at twice DPI and averaged down: drawn at DPI directly, thin
            // strokes fall between the sampled pixels (a serif 1 of a 300 dpi black-and-white scan becomes a bar that
            // no engine reads as a digit); averaged, they stay as grey. A coarse scan (96 dpi) drawn so comes out
            // smoother than drawn at DPI, where its figures were too blocky to read. (A 200 dpi scan drawn at 300 and
            // averaged down lost its thin rules: drawn at DPI it reads whole.)
            float scanned = resolution(doc.getPage(i));
            boolean finer = (scanned >= 1.8f * DPI || scanned < 0.8f * DPI) && 4 * pixels <= MAX_PIXELS;
            BufferedImage img;
            try {
                img = finer
                        ? halved(renderer.renderImageWithDPI(i, 2 * DPI, ImageType.RGB))
                        : renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
            } catch (IOException e) {
                throw UnreadableReportException.because(e, "page-render", name, i + 1, String.valueOf(e));
            }
            page(img, b, name);
            if (cpuNow() - start > BUDGET_NANOS) {
                throw UnreadableReportException.of("ocr-slow", name);
            }
        }
        return b.build();
    }

    /** The image at half its width and height, each pixel the mean of the four it covers. */
    static BufferedImage halved(BufferedImage img) {
        int w = img.getWidth() / 2;
        int h = img.getHeight() / 2;
        int[] src = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        int sw = img.getWidth();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = src[2 * y * sw + 2 * x];
                int b = src[2 * y * sw + 2 * x + 1];
                int c = src[(2 * y + 1) * sw + 2 * x];
                int d = src[(2 * y + 1) * sw + 2 * x + 1];
                int r = ((a >> 16 & 0xff) + (b >> 16 & 0xff) + (c >> 16 & 0xff) + (d >> 16 & 0xff) + 2) / 4;
                int g = ((a >> 8 & 0xff) + (b >> 8 & 0xff) + (c >> 8 & 0xff) + (d >> 8 & 0xff) + 2) / 4;
                int bl = ((a & 0xff) + (b & 0xff) + (c & 0xff) + (d & 0xff) + 2) / 4;
                out[y * w + x] = r << 16 | g << 8 | bl;
            }
        }
        BufferedImage half = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        half.setRGB(0, 0, w, h, out, 0, w);
        return half;
    }

    /**
     * An image that is a page scanned at about twice {@link #DPI} or finer, read averaged down to half (as a PDF's
     * fine scan is): its file says so (TIFF, PNG and JPEG carry the scanner's resolution), or, saying nothing, it has
     * a page's shape (sides in a ratio of 1.3 to 1.5) and is as wide as an A4 page at that resolution. Read at its
     * own 300 dpi, a title's large characters came back as others (洪泽区 as 潜笃区).
     */
    static BufferedImage forReading(ImageReader reader, int index, BufferedImage img) {
        float dpi = resolution(reader, index);
        BufferedImage out = img;
        while (finePage(dpi, out)) {
            out = halved(out); // a 600 dpi scan twice
            dpi /= 2;
        }
        return out;
    }

    /** The resolution an image file states, 0 when it states none or a screen's default (72, 96). */
    static float resolution(ImageReader reader, int index) {
        float dpi = 0;
        try {
            var meta = reader.getImageMetadata(index);
            if (meta != null && meta.isStandardMetadataFormatSupported()) {
                var root = (org.w3c.dom.Element)
                        meta.getAsTree(javax.imageio.metadata.IIOMetadataFormatImpl.standardMetadataFormatName);
                var sizes = root.getElementsByTagName("HorizontalPixelSize");
                if (sizes.getLength() > 0) {
                    float mm = Float.parseFloat(((org.w3c.dom.Element) sizes.item(0)).getAttribute("value"));
                    dpi = mm > 0 ? 25.4f / mm : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            dpi = 0; // no resolution to be read: judged by the image's shape
        }
        return dpi > 1 && Math.round(dpi) != 72 && Math.round(dpi) != 96 ? dpi : 0;
    }

    /** {@code dpi}: the image's stated resolution, 0 when unknown. */
    static boolean finePage(float dpi, BufferedImage img) {
        int shortSide = Math.min(img.getWidth(), img.getHeight());
        int longSide = Math.max(img.getWidth(), img.getHeight());
        if (dpi > 0) {
            return dpi >= 1.8f * DPI && shortSide >= 1.8f * DPI * 5; // and no smaller than a page of five inches
        }
        double ratio = (double) longSide / shortSide;
        return ratio >= 1.3 && ratio <= 1.5 && shortSide >= 1.8f * DPI * 8.27f;
    }

    /** The resolution of the finest image drawn on the page, as if it covered the page ({@link #DPI} when none). */
    static float resolution(org.apache.pdfbox.pdmodel.PDPage page) {
        float widthInches = page.getMediaBox().getWidth() / 72f;
        float heightInches = page.getMediaBox().getHeight() / 72f;
        var resources = page.getResources();
        float best = 0;
        if (resources == null || widthInches <= 0 || heightInches <= 0) {
            return DPI;
        }
        for (var xName : resources.getXObjectNames()) {
            try {
                if (resources.getXObject(xName) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject im) {
                    // as if the image covered the page: a small picture (a seal, a logo) stays below 150 dpi
                    best = Math.max(best, Math.min(im.getWidth() / widthInches, im.getHeight() / heightInches));
                }
            } catch (IOException e) {
                // an image that cannot be loaded is read as the page renders it
            }
        }
        return best == 0 ? DPI : best;
    }

    /** A PNG, JPEG or TIFF image (every page of a multi-page TIFF, up to {@link #MAX_PAGES}). */
    static SourceDocument image(byte[] content, String name) throws UnreadableReportException {
        requireTesseract(name);
        SourceDocument.Builder b = new SourceDocument.Builder();
        long start = cpuNow();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw UnreadableReportException.of("image-format", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int n = Math.min(reader.getNumImages(true), MAX_PAGES);
                for (int i = 0; i < n; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > MAX_PIXELS) {
                        throw UnreadableReportException.of("image-too-large", name);
                    }
                    BufferedImage img = reader.read(i);
                    page(forReading(reader, i, toRgb(img)), b, name);
                    if (cpuNow() - start > BUDGET_NANOS) {
                        throw UnreadableReportException.of("ocr-slow", name);
                    }
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw UnreadableReportException.because(e, "image", name, String.valueOf(e.getMessage()));
        }
        return b.build();
    }

    private static void requireTesseract(String name) throws UnreadableReportException {
        if (!available()) {
            throw UnreadableReportException.of("no-ocr", name, TESSDATA + "/chi_sim.traineddata");
        }
    }

    static BufferedImage toRgb(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB) {
            return img;
        }
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** One page: its tables' rows and its text lines, top to bottom. */
    static void page(BufferedImage scanned, SourceDocument.Builder b, String name) throws UnreadableReportException {
        b.recognised();
        BufferedImage img = Deskew.straight(scanned);
        ByteBuffer grey = grey(img);
        TableGrid grid = TableGrid.of(grey, img.getWidth(), img.getHeight());
        List<Word> words;
        try {
            words = words(grey, img.getWidth(), img.getHeight());
        } catch (RuntimeException | Error e) {
            throw UnreadableReportException.because(e, "ocr-failed", name, String.valueOf(e));
        }
        TessBaseAPI digits = DIGIT_ENGINES.poll();
        if (digits == null) {
            digits = digitsEngine();
        }
        TessBaseAPI confirm = CONFIRM_ENGINES.poll();
        if (confirm == null) {
            confirm = confirmEngine();
        }
        try {
            layout(grid, words, digits, confirm, grey, img.getWidth(), img.getHeight(), b);
        } finally {
            Tess.API.TessBaseAPIClear(digits);
            Tess.API.TessBaseAPIClear(confirm);
            DIGIT_ENGINES.add(digits);
            CONFIRM_ENGINES.add(confirm);
        }
    }

    private static void layout(
            TableGrid grid,
            List<Word> words,
            TessBaseAPI digits,
            TessBaseAPI confirm,
            ByteBuffer grey,
            int width,
            int height,
            SourceDocument.Builder b) {
        int nCells = grid.cells.size();
        List<List<Word>> inCell = new ArrayList<>(nCells);
        for (int i = 0; i < nCells; i++) {
            inCell.add(new ArrayList<>());
        }
        List<Word> loose = new ArrayList<>();
        for (Word w : words) {
            String t = w.getText().strip();
            if (t.isEmpty()) {
                continue;
            }
            Rectangle r = w.getBoundingBox();
            int cx = r.x + r.width / 2;
            int cy = r.y + r.height / 2;
            int hit = -1;
            for (int i = 0; i < nCells; i++) {
                if (grid.cells.get(i).box().contains(cx, cy)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                inCell.get(hit).add(w);
            } else if (!insideBands(grid, cy)) {
                loose.add(w);
            }
        }
        String[] texts = cellTexts(grid, inCell, digits, confirm, grey, width, height);
        // elements of the page in reading order: {top, kind(0 text line, 1 band), index}
        List<int[]> order = new ArrayList<>();
        List<List<Word>> lines = lines(loose);
        for (int i = 0; i < lines.size(); i++) {
            order.add(new int[] {lines.get(i).get(0).getBoundingBox().y, 0, i});
        }
        for (int i = 0; i < grid.bands.size(); i++) {
            order.add(new int[] {grid.bands.get(i)[0], 1, i});
        }
        order.sort(Comparator.comparingInt(o -> o[0]));
        for (int[] o : order) {
            if (o[1] == 0) {
                b.text(joined(lines.get(o[2])));
            } else {
                List<String> cells = new ArrayList<>();
                List<Integer> illegible = new ArrayList<>();
                for (int i = 0; i < nCells; i++) {
                    if (grid.cells.get(i).band() != o[2]) {
                        continue;
                    }
                    if (texts[i] == null) {
                        illegible.add(cells.size());
                    }
                    cells.add(texts[i] == null ? "" : texts[i]);
                }
                b.ocrRow(cells, illegible);
            }
        }
    }

    /**
     * What every cell reads: a label as the page reads it, an empty cell "", a number read by the digit engine and
     * confirmed by a Chinese reading (the page's, else one of the cell alone), null when illegible.
     */
    private static String[] cellTexts(
            TableGrid grid,
            List<List<Word>> inCell,
            TessBaseAPI digits,
            TessBaseAPI confirm,
            ByteBuffer grey,
            int w,
            int h) {
        int nCells = grid.cells.size();
        String[] texts = new String[nCells];
        String[] page = new String[nCells];
        List<Integer> numbers = new ArrayList<>();
        int[] perBand = new int[grid.bands.size()];
        for (TableGrid.Cell c : grid.cells) {
            perBand[c.band()]++;
        }
        for (int i = 0; i < nCells; i++) {
            // a label wrapped in its cell: line by line, each left to right
            StringBuilder sb = new StringBuilder();
            for (List<Word> line : lines(inCell.get(i))) {
                for (Word word : line) {
                    sb.append(word.getText().strip());
                }
            }
            page[i] = sb.toString();
            java.util.regex.Matcher signed = SIGNED.matcher(page[i]);
            if (signed.matches()) {
                page[i] = "-" + signed.group(1); // a change of the year ("-58"), not a label
            }
            Rectangle box = grid.cells.get(i).box();
            if (HAN.matcher(page[i]).find() && !loneCharacter(page[i])) {
                texts[i] = label(page[i]);
            } else if (!grid.inked(box) || perBand[grid.cells.get(i).band()] == 1 && page[i].isEmpty()) {
                // a band of one cell is a caption across the table (a shaded "第二十条第（八）项" whose words the
                // shading hid), not a figure: no number the page did not read there
                texts[i] = "";
            } else {
                numbers.add(i);
            }
        }
        List<CellStrip.Reading> first = CellStrip.readings(digits, grey, w, h, boxes(grid, numbers));
        List<Integer> unconfirmed = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            int i = numbers.get(k);
            if (twoNumbers(inCell.get(i))
                    || CellStrip.spaced(grey, w, grid.cells.get(i).box())) {
                continue; // illegible
            }
            texts[i] = number(first.get(k));
            if (texts[i] == null) {
                missed.add(i);
            } else if (!texts[i].equals(page[i])) {
                unconfirmed.add(i);
            }
        }
        // a cell the digit engine missed on its line: read alone by both engines, a number when they agree
        List<CellStrip.Reading> againDigits = CellStrip.oneByOne(digits, grey, w, h, boxes(grid, missed));
        List<CellStrip.Reading> againChinese = CellStrip.oneByOne(confirm, grey, w, h, boxes(grid, missed));
        for (int k = 0; k < missed.size(); k++) {
            String d = number(againDigits.get(k));
            if (d != null && d.equals(number(againChinese.get(k)))) {
                texts[missed.get(k)] = d;
            }
        }
        List<CellStrip.Reading> second = CellStrip.readings(confirm, grey, w, h, boxes(grid, unconfirmed));
        List<Integer> unread = new ArrayList<>();
        for (int k = 0; k < unconfirmed.size(); k++) {
            int i = unconfirmed.get(k);
            if (second.get(k).text().isEmpty()) {
                unread.add(i); // nothing read on the line: the cell alone, read once more
            } else if (contradicted(texts[i], second.get(k).text())) {
                texts[i] = null; // two models read two different numbers
            }
        }
        List<CellStrip.Reading> alone = CellStrip.oneByOne(confirm, grey, w, h, boxes(grid, unread));
        for (int k = 0; k < unread.size(); k++) {
            int i = unread.get(k);
            if (contradicted(texts[i], alone.get(k).text())) {
                texts[i] = null;
            }
        }
        return texts;
    }

    /**
     * A label cell as read, without digits misread inside its words ("区分处理的4计这一情形" for 只计): a digit run
     * between two Chinese characters is no number of the table and would shift the row's numbers. Numbering
     * ("1.属于国家秘密", "提供1.本机关") is kept.
     */
    static String label(String text) {
        String cleaned = INNER_DIGITS.matcher(text).replaceAll("");
        return LOST_DOT.matcher(cleaned).replaceFirst("$1.");
    }

    private static final Pattern INNER_DIGITS = Pattern.compile("(?<=[\\u4e00-\\u9fff])\\d+(?=[\\u4e00-\\u9fff])");

    /**
     * A label cell's item number whose dot recognition lost ("4各护第三方合法权益", "1属于国家秘密"): a label cell holds
     * no figure of its row (those stand in their own cells), so one or two digits opening it before three Chinese
     * characters, the first no unit or date ("12月底前", "3项", "5人次" stay), are its numbering, not a number of the row.
     */
    private static final Pattern LOST_DOT =
            Pattern.compile("^(\\d{1,2})(?=[\\u4e00-\\u9fff]{3})(?![年月日号项条件个家次宗人元万名份起])");

    /**
     * A text line's words run together as Chinese is written, except two numbers side by side, which keep a space
     * between them ("-3 386" is two cells of a table printed as spaced text, not -3386).
     */
    static String joined(List<Word> line) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line) {
            String t = w.getText().strip();
            if (!sb.isEmpty() && !t.isEmpty() && numeric(sb.charAt(sb.length() - 1)) && numeric(t.charAt(0))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean numeric(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == '%';
    }

    /**
     * A cell the page reads as one Chinese character ("和" for a noisy 5), or one shaped like a digit among digits
     * ("1口" for 10); not a signed change ("减56"): no label of the three tables is one character, so it is read as a number cell (illegible unless
     * the digit engines read it). Numbering characters (一、二、三) are not taken for digits.
     */
    static boolean loneCharacter(String text) {
        int han = 0;
        boolean numeral = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 0x4e00 && c <= 0x9fff || c == '〇') {
                han++;
                numeral |= NUMERALS.indexOf(c) >= 0;
            }
        }
        boolean digits = DIGIT.matcher(text).find();
        boolean shaped = false;
        for (int k = 0; k < text.length(); k++) {
            shaped |= DIGIT_SHAPED.indexOf(text.charAt(k)) >= 0;
        }
        // "减56" and "增338" are signed changes, read as printed; "和" alone or "1口" are misread digits
        return han == 1 && text.length() <= 3 && text.indexOf('、') < 0 && (shaped || !digits && !numeral);
    }

    /** Chinese numerals, which number a table's rows. */
    private static final String NUMERALS = "一二三四五六七八九十";

    /** Characters recognition gives for a printed digit (1, 7, 0, 8, 2). */
    private static final String DIGIT_SHAPED = "工丁了口日〇丨乙";

    /**
     * The page's reading sees two numbers apart in the cell ("42 0"): the digit engines would read them run
     * together as one, so the cell is illegible.
     */
    static boolean twoNumbers(List<Word> words) {
        int n = 0;
        for (Word w : words) {
            n += DIGIT.matcher(w.getText()).find() ? 1 : 0;
        }
        return n >= 2;
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static boolean insideBands(TableGrid grid, int y) {
        for (int[] band : grid.bands) {
            if (y >= band[0] && y <= band[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words grouped into text lines by their vertical centres, each line left to right. A word joins the line when
     * its centre lies within 0.6 of the line's median word height from the mean centre of the line's words so far:
     * the boxes of one printed line differ (a "、" sits low, a bold heading's characters come as boxes 18 to 50
     * pixels high, centres 16 pixels apart at 150 dpi), and measured from its first word alone a heading split into
     * two lines, their characters interleaved, so that the heading of table 四 was no longer known.
     */
    static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(w -> w.getBoundingBox().y + w.getBoundingBox().height / 2));
        List<List<Word>> out = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        long centres = 0;
        List<Integer> heights = new ArrayList<>();
        for (Word w : sorted) {
            Rectangle r = w.getBoundingBox();
            int c = r.y + r.height / 2;
            if (!line.isEmpty()) {
                double centre = (double) centres / line.size();
                List<Integer> hs = new ArrayList<>(heights);
                hs.sort(null);
                int median = hs.get(hs.size() / 2);
                if (Math.abs(c - centre) > Math.max(6, median * 0.6)) {
                    line.sort(Comparator.comparingInt(x -> x.getBoundingBox().x));
                    out.add(line);
                    line = new ArrayList<>();
                    centres = 0;
                    heights.clear();
                }
            }
            line.add(w);
            centres += c;
            heights.add(r.height);
        }
        if (!line.isEmpty()) {
            line.sort(Comparator.comparingInt(x -> x.getBoundingBox().x));
            out.add(line);
        }
        return out;
    }
}
