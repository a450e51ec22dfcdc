package org.gongkai.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * XHTML to DOCX with POI: headings (as Word heading styles), paragraphs with bold, italic and underline, lists,
 * line breaks, tables with rowspan (vMerge) and colspan (gridSpan), A4 pages with the same margins as the PDF.
 */
final class DocxWriter {

    /** A4 in twentieths of a point, margins 2.54 cm top and bottom, 3.17 cm left and right. */
    static final int PAGE_WIDTH = 11906;

    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP_BOTTOM = 1440;
    static final int MARGIN_LEFT_RIGHT = 1800;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_LEFT_RIGHT;

    private static final Set<String> CONTAINERS = Set.of(
            "div",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "nav",
            "aside",
            "blockquote",
            "figure",
            "body",
            "address",
            "form",
            "fieldset",
            "dl",
            "dd",
            "dt");
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "head",
            "title",
            "meta",
            "link",
            "template",
            "svg",
            "img",
            "caption",
            "colgroup",
            "noscript",
            "button",
            "input",
            "select",
            "textarea");
    private static final int[] HEADING_SIZES = {22, 16, 15, 14, 12, 12};

    private final Map<Face, String> faceNames;

    DocxWriter() {
        this(Map.of());
    }

    /** With the font name Word is to use for each face a document asks for by class ({@code face face-song}). */
    DocxWriter(Map<Face, String> faceNames) {
        this.faceNames = Map.copyOf(faceNames);
    }

    byte[] write(Document html) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(doc);
            DocxBlocks.Sink sink = doc::createParagraph;
            DocxCss css = DocxCss.of(html);
            DocxBlocks blocks = new DocxBlocks(
                    new DocxTables(doc),
                    css,
                    faceNames,
                    new DocxPictures(doc, css.pageMargins().orElse(null)));
            Element body = html.body();
            blocks.blocks(body, sink, alignment(body, null, css), blocks.styled(body, DocxBlocks.Fmt.PLAIN));
            pageSetup(doc, css.pageMargins().orElse(null));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isContainer(String tag) {
        return CONTAINERS.contains(tag);
    }

    static boolean isSkipped(Node n) {
        return n instanceof Element e && SKIPPED.contains(e.normalName());
    }

    static boolean isBlank(Node n) {
        return n instanceof TextNode t && t.isBlank();
    }

    static int headingSize(int level) {
        return HEADING_SIZES[level - 1];
    }

    /** text-align from the style attribute, the align attribute or a class named center/right. */
    static ParagraphAlignment alignment(Element e, ParagraphAlignment inherited) {
        return alignment(e, inherited, null);
    }

    /** text-align as {@link #alignment(Element, ParagraphAlignment)}, or as the document's style rules set it. */
    static ParagraphAlignment alignment(Element e, ParagraphAlignment inherited, DocxCss css) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (css != null && css.props(e).containsKey("text-align")) {
            style = "text-align:"
                    + css.props(e).get("text-align").toLowerCase(Locale.ROOT).replace(" ", "");
        }
        String align = e.attr("align").toLowerCase(Locale.ROOT);
        if (style.contains("text-align:center") || align.equals("center") || e.hasClass("center")) {
            return ParagraphAlignment.CENTER;
        }
        if (style.contains("text-align:right") || align.equals("right") || e.hasClass("right")) {
            return ParagraphAlignment.RIGHT;
        }
        if (style.contains("text-align:justify") || align.equals("justify")) {
            return ParagraphAlignment.BOTH;
        }
        if (style.contains("text-align:left") || align.equals("left")) {
            return ParagraphAlignment.LEFT;
        }
        return inherited;
    }

    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 6; level++) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId("Heading" + level);
            s.addNewName().setVal("heading " + level);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewQFormat();
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(s, styles));
        }
    }

    static void heading(XWPFParagraph p, int level) {
        p.setStyle("Heading" + level);
    }

    /** A4; the margins of the document's {@code @page} rule (top, right, bottom, left) or the defaults. */
    private static void pageSetup(XWPFDocument doc, int[] margins) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        int[] m = margins != null
                ? margins
                : new int[] {MARGIN_TOP_BOTTOM, MARGIN_LEFT_RIGHT, MARGIN_TOP_BOTTOM, MARGIN_LEFT_RIGHT};
        mar.setTop(BigInteger.valueOf(m[0]));
        mar.setRight(BigInteger.valueOf(m[1]));
        mar.setBottom(BigInteger.valueOf(m[2]));
        mar.setLeft(BigInteger.valueOf(m[3]));
    }
}
