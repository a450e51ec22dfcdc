package org.gongkai.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * XHTML to PDF with openhtmltopdf. The CJK font (and a Latin one for letters and digits, when installed) is
 * registered under families that the default style sheet puts first, and subset-embedded, so the text layer
 * extracts as Chinese. Text is painted in reading order: table cells row by row, and loose text beside inline
 * elements wrapped in spans (openhtmltopdf paints a line's bare text before its inline boxes otherwise).
 * Inline SVG is not drawn (no SVG plugin): it is hidden so that its labels do not spill into the text.
 */
final class PdfWriter {

    static final String FAMILY = "GongkaiCJK";
    static final String LATIN_FAMILY = "GongkaiLatin";

    /**
     * Defaults that a document's own styles can override (they come later), except the font family: only the
     * registered fonts exist here, and a template asking for SimSun would otherwise get a font without CJK glyphs.
     */
    static final String DEFAULT_CSS = """
            @page { size: A4; margin: 2.54cm 3.17cm; }
            body { font-size: 12pt; line-height: 1.5; }
            * { font-family: GongkaiCJK, GongkaiLatin !important; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            svg, script, noscript, button, input, select, textarea { display: none; }
            """;

    static {
        // openhtmltopdf logs every render at INFO; keep warnings and errors only
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private final File font;
    private final File latin;
    private final java.util.Map<Face, File> faces;
    private final String facesCss;

    PdfWriter(File font, File latin) {
        this(font, latin, java.util.Map.of());
    }

    /** With a font for each face a document may ask for by class ({@code face face-song}); others use the CJK font. */
    PdfWriter(File font, File latin, java.util.Map<Face, File> faces) {
        this.font = font;
        this.latin = latin;
        this.faces = java.util.Map.copyOf(faces);
        this.facesCss = facesCss(this.faces);
    }

    /**
     * One rule per face, for the element with the class and everything in it; a face inside another face's element
     * (a title in a body) wins by a more specific selector, {@code .face .face-song}.
     */
    static String facesCss(java.util.Map<Face, File> faces) {
        StringBuilder css = new StringBuilder();
        for (Face f : Face.values()) {
            String families = faces.containsKey(f)
                    ? family(f) + ", " + FAMILY + ", " + LATIN_FAMILY
                    : FAMILY + ", " + LATIN_FAMILY;
            String c = "face-" + f.key();
            css.append('.')
                    .append(c)
                    .append(", .")
                    .append(c)
                    .append(" *, .face .")
                    .append(c)
                    .append(", .face .")
                    .append(c)
                    .append(" * { font-family: ")
                    .append(families)
                    .append(" !important; }\n");
        }
        return css.toString();
    }

    static String family(Face f) {
        return "Gongkai" + f.name();
    }

    byte[] write(Document html) {
        Document doc = html.clone();
        doc.head().prependElement("style").text(DEFAULT_CSS + facesCss);
        wrapLooseText(doc.body());
        synchronized (LoadedFonts.LOCK) {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                    PDDocument pdf = new PDDocument()) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePDDocument(pdf);
                builder.useFont(LoadedFonts.supplier(pdf, font), FAMILY, 400, FontStyle.NORMAL, true);
                if (latin != null) {
                    builder.useFont(LoadedFonts.supplier(pdf, latin), LATIN_FAMILY, 400, FontStyle.NORMAL, true);
                }
                // each face is registered only when a document asks for it
                for (var face : faces.entrySet()) {
                    if (doc.getElementsByClass("face-" + face.getKey().key()).size() > 0) {
                        builder.useFont(
                                LoadedFonts.supplier(pdf, face.getValue()),
                                family(face.getKey()),
                                400,
                                FontStyle.NORMAL,
                                true);
                    }
                }
                builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
                builder.toStream(out);
                builder.run();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** In every element that mixes text and child elements, wraps each non-blank text node in a span. */
    static void wrapLooseText(Element root) {
        for (Element e : root.getAllElements()) {
            if (e.childrenSize() == 0) {
                continue;
            }
            List<Node> children = List.copyOf(e.childNodes());
            for (Node n : children) {
                if (n instanceof TextNode t && !t.isBlank()) {
                    t.wrap("<span></span>");
                }
            }
        }
    }
}
