package org.gongkai.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Block and inline content of an HTML element, written as Word paragraphs into a sink (body or table cell). The
 * document's own simple style rules ({@link DocxCss}) set sizes, weights, line heights, indents and spacing, and
 * the classes of {@link Face} set the face, as they do in the PDF.
 */
final class DocxBlocks {

    /** Where paragraphs go: the document body or a table cell. */
    interface Sink {
        XWPFParagraph paragraph();
    }

    /**
     * Formatting in force: inline (weight, slant, underline, size in points, the face's font name or null for the
     * default) and inherited by paragraphs (line height in points, 0 for single; left and right indents in twips).
     */
    record Fmt(
            boolean bold,
            boolean italic,
            boolean underline,
            double size,
            String font,
            double lineHeight,
            int indentLeft,
            int indentRight) {
        static final Fmt PLAIN = new Fmt(false, false, false, 12, null, 0, 0, 0);

        Fmt bolder() {
            return withBold(true);
        }

        Fmt withBold(boolean b) {
            return new Fmt(b, italic, underline, size, font, lineHeight, indentLeft, indentRight);
        }

        Fmt withSize(double s) {
            return new Fmt(bold, italic, underline, s, font, lineHeight, indentLeft, indentRight);
        }
    }

    record Span(String text, Fmt fmt, boolean lineBreak) {}

    /** The face of text no class sets (and of every document written before faces existed). */
    static final String EAST_ASIA_FONT = "宋体";

    private final DocxTables tables;
    private final DocxCss css;
    private final Map<Face, String> faceNames;
    private final DocxPictures pictures;

    DocxBlocks(DocxTables tables) {
        this(tables, null, Map.of(), null);
    }

    DocxBlocks(DocxTables tables, DocxCss css, Map<Face, String> faceNames, DocxPictures pictures) {
        this.tables = tables;
        this.css = css;
        this.faceNames = Map.copyOf(faceNames);
        this.pictures = pictures;
    }

    void blocks(Element container, Sink sink, ParagraphAlignment align) {
        blocks(container, sink, align, Fmt.PLAIN);
    }

    void blocks(Element container, Sink sink, ParagraphAlignment align, Fmt fmt) {
        List<Span> pending = new ArrayList<>();
        for (Node n : container.childNodes()) {
            if (DocxWriter.isSkipped(n)) {
                continue;
            }
            if (n instanceof Element e && isBlock(e)) {
                flush(pending, sink, align, fmt);
                block(e, sink, align, fmt);
            } else {
                inline(n, fmt, pending);
            }
        }
        flush(pending, sink, align, fmt);
    }

    /**
     * {@code fmt} with what {@code e}'s style rules and face class set: size, weight, line height, face, and the
     * indents its padding adds for everything inside it.
     */
    Fmt styled(Element e, Fmt fmt) {
        Fmt f = fmt;
        for (Face face : Face.values()) {
            if (e.hasClass("face-" + face.key()) && faceNames.containsKey(face)) {
                f = new Fmt(
                        f.bold(),
                        f.italic(),
                        f.underline(),
                        f.size(),
                        faceNames.get(face),
                        f.lineHeight(),
                        f.indentLeft(),
                        f.indentRight());
            }
        }
        if (css == null) {
            return f;
        }
        Map<String, String> props = css.props(e);
        double size = DocxCss.points(props.get("font-size"), f.size()).orElse(f.size());
        String weight = props.getOrDefault("font-weight", "").toLowerCase(Locale.ROOT);
        boolean bold = weight.equals("normal") || weight.equals("400")
                ? false
                : weight.equals("bold") || weight.equals("700") || f.bold();
        double line = f.lineHeight();
        String lh = props.get("line-height");
        if (lh != null) {
            line = lh.strip().matches("[0-9.]+")
                    ? Double.parseDouble(lh.strip()) * size
                    : DocxCss.points(lh, size).orElse(line);
        }
        int left = f.indentLeft()
                + DocxCss.twips(DocxCss.points(props.get("padding-left"), size).orElse(0));
        int right = f.indentRight()
                + DocxCss.twips(DocxCss.points(props.get("padding-right"), size).orElse(0));
        return new Fmt(bold, f.italic(), f.underline(), size, f.font(), line, left, right);
    }

    private static boolean isBlock(Element e) {
        String t = e.normalName();
        return DocxWriter.isContainer(t) || t.matches("h[1-6]|p|ul|ol|li|table|hr|pre");
    }

    private void block(Element e, Sink sink, ParagraphAlignment inherited, Fmt fmt) {
        String t = e.normalName();
        ParagraphAlignment align = DocxWriter.alignment(e, inherited, css);
        if (t.matches("h[1-6]")) {
            int level = t.charAt(1) - '0';
            Fmt f = styled(e, fmt.bolder().withSize(DocxWriter.headingSize(level)));
            XWPFParagraph p = paragraph(sink, e, f);
            DocxWriter.heading(p, level);
            List<Span> spans = new ArrayList<>();
            inline(e, new Fmt(f.bold(), false, false, f.size(), f.font(), 0, 0, 0), spans);
            write(p, spans, align);
        } else if (t.equals("p") || t.equals("pre") || t.equals("li")) {
            Fmt f = styled(e, fmt);
            List<Span> spans = new ArrayList<>();
            inline(e, f, spans);
            write(paragraph(sink, e, f), spans, align);
        } else if (t.equals("ul") || t.equals("ol")) {
            Fmt f = styled(e, fmt);
            int i = 0;
            for (Element li : e.children()) {
                List<Span> spans = new ArrayList<>();
                spans.add(new Span(t.equals("ol") ? ++i + ". " : "• ", f, false));
                for (Node child : li.childNodes()) {
                    inline(child, f, spans);
                }
                write(paragraph(sink, li, f), spans, align);
            }
        } else if (t.equals("table")) {
            tables.table(e, sink, this);
        } else if (t.equals("hr")) {
            sink.paragraph().setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        } else {
            Fmt f = styled(e, fmt);
            Sink inner = spacedBefore(sink, before(e, f));
            if (css != null && "inline-block".equals(css.props(e).get("display"))) {
                inlineBlock(e, inner, inherited, align, f);
            } else {
                blocks(e, inner, align, f);
            }
        }
    }

    /**
     * A block as wide as its widest line, placed by the alignment around it (a signature right of the page, four
     * characters in): each line is placed by its own alignment inside that width, through its indents. A picture in
     * it ({@code img} with a data URI, such as a seal) floats over the lines that follow it, centred on the block.
     */
    private void inlineBlock(Element e, Sink sink, ParagraphAlignment outer, ParagraphAlignment inner, Fmt f) {
        List<Element> lines =
                e.children().stream().filter(c -> c.normalName().equals("p")).toList();
        double widest = lines.stream()
                .mapToDouble(l -> DocxPictures.width(l.text(), styled(l, f).size()))
                .max()
                .orElse(0);
        Element[] picture = {null};
        for (Element child : e.children()) {
            if (child.normalName().equals("img")) {
                picture[0] = child;
                continue;
            }
            Fmt cf = f;
            ParagraphAlignment a = inner;
            if (child.normalName().equals("p") && outer == ParagraphAlignment.RIGHT) {
                double free = widest
                        - DocxPictures.width(child.text(), styled(child, f).size());
                double shift =
                        inner == ParagraphAlignment.CENTER ? free / 2 : inner == ParagraphAlignment.LEFT ? free : 0;
                cf = new Fmt(
                        f.bold(),
                        f.italic(),
                        f.underline(),
                        f.size(),
                        f.font(),
                        f.lineHeight(),
                        f.indentLeft(),
                        f.indentRight() + DocxCss.twips(shift));
                a = ParagraphAlignment.RIGHT;
            }
            Sink target = sink;
            if (picture[0] != null && pictures != null) {
                Element img = picture[0];
                picture[0] = null;
                double centreFromRight = f.indentRight() / 20.0 + widest / 2;
                target = () -> {
                    XWPFParagraph p = sink.paragraph();
                    pictures.floatOver(p, img, css, centreFromRight);
                    return p;
                };
            }
            block(child, target, a, cf);
        }
    }

    /** A new paragraph with the spacing, indents and line height of its element and what surrounds it. */
    private XWPFParagraph paragraph(Sink sink, Element e, Fmt f) {
        XWPFParagraph p = sink.paragraph();
        if (css == null) {
            return p;
        }
        Map<String, String> props = css.props(e);
        int before = before(e, f);
        if (before > 0) {
            p.setSpacingBefore(before);
        }
        int after = DocxCss.twips(
                DocxCss.points(props.get("margin-bottom"), f.size()).orElse(0));
        if (after > 0) {
            p.setSpacingAfter(after);
        }
        if (f.lineHeight() > 0) {
            p.setSpacingBetween(f.lineHeight(), LineSpacingRule.EXACT);
        }
        if (f.indentLeft() > 0) {
            p.setIndentationLeft(f.indentLeft());
        }
        if (f.indentRight() > 0) {
            p.setIndentationRight(f.indentRight());
        }
        int first =
                DocxCss.twips(DocxCss.points(props.get("text-indent"), f.size()).orElse(0));
        if (first > 0) {
            p.setIndentationFirstLine(first);
        }
        return p;
    }

    private int before(Element e, Fmt f) {
        return css == null
                ? 0
                : DocxCss.twips(
                        DocxCss.points(css.props(e).get("margin-top"), f.size()).orElse(0));
    }

    /** A container's top margin goes on the first paragraph written inside it. */
    private static Sink spacedBefore(Sink sink, int twips) {
        if (twips <= 0) {
            return sink;
        }
        boolean[] first = {true};
        return () -> {
            XWPFParagraph p = sink.paragraph();
            if (first[0]) {
                first[0] = false;
                p.setSpacingBefore(Math.max(twips, p.getSpacingBefore()));
            }
            return p;
        };
    }

    /** Inline content (text, b/strong, i/em, u, br, spans); nested blocks are read as text. */
    void inline(Node n, Fmt fmt, List<Span> out) {
        if (n instanceof TextNode text) {
            if (!text.text().isEmpty()) {
                out.add(new Span(text.text(), fmt, false));
            }
            return;
        }
        if (!(n instanceof Element e) || DocxWriter.isSkipped(n)) {
            return;
        }
        Fmt f = switch (e.normalName()) {
            case "b", "strong", "th" -> fmt.bolder();
            case "i", "em" ->
                new Fmt(
                        fmt.bold(),
                        true,
                        fmt.underline(),
                        fmt.size(),
                        fmt.font(),
                        fmt.lineHeight(),
                        fmt.indentLeft(),
                        fmt.indentRight());
            case "u", "ins" ->
                new Fmt(
                        fmt.bold(),
                        fmt.italic(),
                        true,
                        fmt.size(),
                        fmt.font(),
                        fmt.lineHeight(),
                        fmt.indentLeft(),
                        fmt.indentRight());
            default -> fmt;
        };
        if (e.normalName().equals("br")) {
            out.add(new Span("", fmt, true));
            return;
        }
        if (isBlock(e) && !out.isEmpty()) {
            out.add(new Span("", fmt, true));
        }
        for (Node child : e.childNodes()) {
            inline(child, f, out);
        }
    }

    private void flush(List<Span> pending, Sink sink, ParagraphAlignment align, Fmt fmt) {
        if (pending.stream().anyMatch(s -> !s.text().isBlank())) {
            XWPFParagraph p = sink.paragraph();
            if (fmt.lineHeight() > 0) {
                p.setSpacingBetween(fmt.lineHeight(), LineSpacingRule.EXACT);
            }
            write(p, pending, align);
        }
        pending.clear();
    }

    /** Writes spans as runs, trimming the whitespace HTML source puts around a paragraph's text. */
    static void write(XWPFParagraph p, List<Span> spans, ParagraphAlignment align) {
        if (align != null) {
            p.setAlignment(align);
        }
        int first = 0;
        int last = spans.size() - 1;
        while (first <= last
                && spans.get(first).text().isBlank()
                && !spans.get(first).lineBreak()) {
            first++;
        }
        while (last >= first && spans.get(last).text().isBlank()) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            Span s = spans.get(i);
            XWPFRun run = p.createRun();
            if (s.lineBreak()) {
                run.addBreak();
                continue;
            }
            String text = s.text();
            if (i == first) {
                text = text.stripLeading();
            }
            if (i == last) {
                text = text.stripTrailing();
            }
            run.setText(text);
            run.setBold(s.fmt().bold());
            run.setItalic(s.fmt().italic());
            if (s.fmt().underline()) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
            run.setFontSize(s.fmt().size());
            if (s.fmt().font() == null) {
                run.setFontFamily(EAST_ASIA_FONT, XWPFRun.FontCharRange.eastAsia);
            } else {
                // a face set by class: Chinese, Latin letters and digits alike, as official documents are set
                run.setFontFamily(s.fmt().font(), XWPFRun.FontCharRange.eastAsia);
                run.setFontFamily(s.fmt().font(), XWPFRun.FontCharRange.ascii);
                run.setFontFamily(s.fmt().font(), XWPFRun.FontCharRange.hAnsi);
            }
        }
    }
}
