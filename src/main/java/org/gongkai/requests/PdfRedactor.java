package org.gongkai.requests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Redaction of a PDF. Proposes areas from the page's text layer ({@link SensitiveText}); applies areas by
 * rasterising each page that has any (at {@value #DPI} dpi) and painting them black into the pixels, so that the
 * released copy holds no text, image or vector under an area to extract; pages without areas are copied as they
 * are. The document's metadata is not carried over.
 */
final class PdfRedactor {

    static final int DPI = 150;
    private static final double MARGIN = 1.0;

    private PdfRedactor() {}

    /** The page sizes in points (width, height), in page order. */
    static List<double[]> pageSizes(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<double[]> sizes = new ArrayList<>();
            for (PDPage p : doc.getPages()) {
                PDRectangle box = p.getCropBox();
                sizes.add(new double[] {box.getWidth(), box.getHeight()});
            }
            return sizes;
        }
    }

    /** The characters of every page with their boxes, from the text layer. */
    static Map<Integer, List<Glyph>> glyphs(PDDocument doc) throws IOException {
        Collector c = new Collector();
        c.setSortByPosition(true);
        c.getText(doc);
        return c.pages;
    }

    /**
     * Proposed areas of sensitive text, page by page (pages counted from 1): from the text layer, and for pages
     * without one (scans) from OCR. The document is read once.
     */
    static List<RedactionArea> propose(byte[] pdf) throws IOException {
        List<RedactionArea> areas = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<Integer, List<Glyph>> layer = glyphs(doc);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<Glyph> g = layer.getOrDefault(i, List.of());
                if (g.stream().noneMatch(Glyph::boxed) && PageOcr.available()) {
                    g = PageOcr.glyphs(renderer.renderImageWithDPI(i - 1, DPI, ImageType.GRAY), i, DPI);
                }
                if (!g.isEmpty()) {
                    areas.addAll(SensitiveText.find(g));
                }
            }
        }
        return areas;
    }

    /** The released copy: pages with areas rasterised with the areas black, the others copied. */
    static byte[] apply(byte[] pdf, List<RedactionArea> areas) throws IOException {
        Map<Integer, List<RedactionArea>> byPage = new TreeMap<>();
        areas.forEach(
                a -> byPage.computeIfAbsent(a.page(), k -> new ArrayList<>()).add(a.padded(MARGIN)));
        try (PDDocument source = Loader.loadPDF(pdf);
                PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDPage page = source.getPage(i);
                List<RedactionArea> here = byPage.get(i + 1);
                if (here == null) {
                    out.importPage(page);
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                double scale = DPI / 72.0;
                Graphics2D g = image.createGraphics();
                g.setColor(Color.BLACK);
                for (RedactionArea a : here) {
                    g.fillRect(
                            (int) Math.floor(a.x() * scale),
                            (int) Math.floor(a.y() * scale),
                            (int) Math.ceil(a.width() * scale) + 1,
                            (int) Math.ceil(a.height() * scale) + 1);
                }
                g.dispose();
                PDRectangle box = page.getCropBox();
                PDPage flat = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                out.addPage(flat);
                PDImageXObject xo = LosslessFactory.createFromImage(out, image);
                try (PDPageContentStream cs = new PDPageContentStream(out, flat)) {
                    cs.drawImage(xo, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** One page (from 1) as a PNG at 72 dpi, one pixel per point, for the handler to see the areas on. */
    static byte[] pagePng(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IllegalArgumentException("no page " + page);
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, 72, ImageType.RGB);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
    }

    /** An image (PNG, JPEG) as a one-page PDF of its size at {@value #DPI} dpi, to be redacted like any page. */
    static byte[] imageAsPdf(byte[] image) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject xo = PDImageXObject.createFromByteArray(doc, image, "image");
            float w = xo.getWidth() * 72f / DPI;
            float h = xo.getHeight() * 72f / DPI;
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xo, 0, 0, w, h);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Collects each character with its box, per page, a line break between lines. */
    private static final class Collector extends PDFTextStripper {

        final Map<Integer, List<Glyph>> pages = new TreeMap<>();

        Collector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<Glyph> page = pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
            for (TextPosition p : positions) {
                // the baseline is at yDirAdj; a glyph reaches about 0.9 em above it and 0.25 em below
                double em = Math.max(p.getHeightDir(), p.getFontSizeInPt());
                page.add(new Glyph(
                        getCurrentPageNo(),
                        p.getUnicode(),
                        p.getXDirAdj(),
                        p.getYDirAdj() - 0.9 * em,
                        p.getWidthDirAdj(),
                        1.15 * em));
            }
        }

        @Override
        protected void writeLineSeparator() {
            pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>()).add(Glyph.lineBreak(getCurrentPageNo()));
        }

        @Override
        protected void writeWordSeparator() {
            pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>()).add(Glyph.lineBreak(getCurrentPageNo()));
        }
    }
}
