package org.gongkai.rendering;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@link DocumentRenderer}: one XHTML (or HTML5, as Thymeleaf writes it) document to PDF (openhtmltopdf,
 * CJK font subset-embedded) and to DOCX (POI). Thread-safe; usable without Spring through its constructors.
 */
@Component
public class HtmlDocumentRenderer implements DocumentRenderer {

    private final Path font;
    private final RenderingSettings settings;
    private volatile PdfWriter pdf;

    /** Uses an installed CJK font ({@link CjkFont#locate}), looked up at the first PDF. */
    public HtmlDocumentRenderer() {
        this((Path) null);
    }

    /** Uses the configured font if any, else an installed one. */
    @Autowired
    public HtmlDocumentRenderer(RenderingSettings settings) {
        this.font = settings.cjkFont();
        this.settings = settings;
    }

    /** Uses the given TrueType font for PDFs (null: an installed one), and the installed faces. */
    public HtmlDocumentRenderer(Path font) {
        this(new RenderingSettings(font, null));
    }

    @Override
    public byte[] pdf(String xhtml) {
        return pdfWriter().write(parse(xhtml));
    }

    @Override
    public byte[] docx(String xhtml) {
        return new DocxWriter(FaceNames.of(settings)).write(parse(xhtml));
    }

    private PdfWriter pdfWriter() {
        PdfWriter w = pdf;
        if (w == null) {
            java.util.Map<Face, java.io.File> faces = new java.util.EnumMap<>(Face.class);
            for (Face f : Face.values()) {
                CjkFont.locate(f, settings.face(f)).ifPresent(p -> faces.put(f, p.toFile()));
            }
            w = new PdfWriter(
                    CjkFont.locate(font).toFile(),
                    CjkFont.locateLatin().map(java.nio.file.Path::toFile).orElse(null),
                    faces);
            pdf = w;
        }
        return w;
    }

    private static Document parse(String xhtml) {
        if (xhtml == null || xhtml.isBlank()) {
            throw new IllegalArgumentException("nothing to render");
        }
        return Jsoup.parse(xhtml);
    }
}
