package org.gongkai.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * Pictures a document carries as data URIs (a letter's seal), written into the DOCX as floating pictures over the
 * text, as the PDF draws them: sized by the style rules' width and height, lifted by {@code top}.
 */
final class DocxPictures {

    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private final XWPFDocument doc;
    private final int[] margins;

    /** {@code margins}: top, right, bottom, left in twips, or null for the defaults. */
    DocxPictures(XWPFDocument doc, int[] margins) {
        this.doc = doc;
        this.margins = margins;
    }

    /** The width of a line of text in points: a CJK character a full em, anything else half. */
    static double width(String text, double size) {
        return text.strip()
                .codePoints()
                .mapToDouble(c -> c < 0x2E80 ? size / 2 : size)
                .sum();
    }

    /**
     * Floats the picture of {@code img} over {@code p} and the lines after it, its centre {@code centreFromRight}
     * points left of the right margin; nothing when the image is not a PNG or JPEG data URI.
     */
    void floatOver(XWPFParagraph p, Element img, DocxCss css, double centreFromRight) {
        String src = img.attr("src");
        int type = src.startsWith("data:image/png;base64,")
                ? Document.PICTURE_TYPE_PNG
                : src.startsWith("data:image/jpeg;base64,") ? Document.PICTURE_TYPE_JPEG : -1;
        if (type < 0) {
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
        Map<String, String> props = css.props(img);
        double w = DocxCss.points(props.get("width"), 16).orElse(100);
        double h = DocxCss.points(props.get("height"), 16).orElse(w);
        double top = DocxCss.points(props.get("top"), 16).orElse(0);
        int[] m = margins != null
                ? margins
                : new int[] {
                    DocxWriter.MARGIN_TOP_BOTTOM,
                    DocxWriter.MARGIN_LEFT_RIGHT,
                    DocxWriter.MARGIN_TOP_BOTTOM,
                    DocxWriter.MARGIN_LEFT_RIGHT
                };
        double textWidth = (DocxWriter.PAGE_WIDTH - m[1] - m[3]) / 20.0;
        double left = textWidth - centreFromRight - w / 2;
        try {
            XWPFRun run = p.createRun();
            run.addPicture(
                    new ByteArrayInputStream(bytes),
                    type,
                    img.attr("alt").isBlank() ? "picture" : img.attr("alt"),
                    Units.toEMU(w),
                    Units.toEMU(h));
            CTDrawing drawing = run.getCTR().getDrawingArray(0);
            CTInline inline = drawing.getInlineArray(0);
            String xml = "<wp:anchor xmlns:wp=\"" + WP + "\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\""
                    + " simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"1\" layoutInCell=\"1\""
                    + " allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                    + "<wp:positionH relativeFrom=\"margin\"><wp:posOffset>" + Units.toEMU(left)
                    + "</wp:posOffset></wp:positionH>"
                    + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>" + Units.toEMU(top)
                    + "</wp:posOffset></wp:positionV>"
                    + "<wp:extent cx=\"" + Units.toEMU(w) + "\" cy=\"" + Units.toEMU(h) + "\"/>"
                    + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
                    + "<wp:docPr id=\"" + inline.getDocPr().getId() + "\" name=\""
                    + inline.getDocPr().getName() + "\"/><wp:cNvGraphicFramePr/></wp:anchor>";
            CTAnchor anchor = CTAnchor.Factory.parse(xml);
            anchor.setGraphic(inline.getGraphic());
            drawing.setAnchorArray(new CTAnchor[] {anchor});
            drawing.removeInline(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | XmlException e) {
            throw new IllegalArgumentException("unreadable picture", e);
        }
    }
}
