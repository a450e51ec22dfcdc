package org.gongkai.rendering;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Block and inline content of an HTML element, written as Word paragraphs into a sink (body or table cell). */
final class DocxBlocks {

    /** Where paragraphs go: the document body or a table cell. */
    interface Sink {
        XWPFParagraph paragraph();
    }

    /** Inline formatting in force. */
    record Fmt(boolean bold, boolean italic, boolean underline, int size) {
        static final Fmt PLAIN = new Fmt(false, false, false, 12);

        Fmt bolder() {
            return new Fmt(true, italic, underline, size);
        }
    }

    record Span(String text, Fmt fmt, boolean lineBreak) {}

    static final String EAST_ASIA_FONT = "宋体";

    private final DocxTables tables;

    DocxBlocks(DocxTables tables) {
        this.tables = tables;
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
                flush(pending, sink, align);
                block(e, sink, align, fmt);
            } else {
                inline(n, fmt, pending);
            }
        }
        flush(pending, sink, align);
    }

    private static boolean isBlock(Element e) {
        String t = e.normalName();
        return DocxWriter.isContainer(t) || t.matches("h[1-6]|p|ul|ol|li|table|hr|pre");
    }

    private void block(Element e, Sink sink, ParagraphAlignment inherited, Fmt fmt) {
        String t = e.normalName();
        ParagraphAlignment align = DocxWriter.alignment(e, inherited);
        if (t.matches("h[1-6]")) {
            int level = t.charAt(1) - '0';
            XWPFParagraph p = sink.paragraph();
            DocxWriter.heading(p, level);
            List<Span> spans = new ArrayList<>();
            inline(e, new Fmt(true, false, false, DocxWriter.headingSize(level)), spans);
            write(p, spans, align);
        } else if (t.equals("p") || t.equals("pre") || t.equals("li")) {
            List<Span> spans = new ArrayList<>();
            inline(e, fmt, spans);
            write(sink.paragraph(), spans, align);
        } else if (t.equals("ul") || t.equals("ol")) {
            int i = 0;
            for (Element li : e.children()) {
                List<Span> spans = new ArrayList<>();
                spans.add(new Span(t.equals("ol") ? ++i + ". " : "• ", fmt, false));
                for (Node child : li.childNodes()) {
                    inline(child, fmt, spans);
                }
                write(sink.paragraph(), spans, align);
            }
        } else if (t.equals("table")) {
            tables.table(e, sink, this);
        } else if (t.equals("hr")) {
            sink.paragraph().setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        } else {
            blocks(e, sink, align, fmt);
        }
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
            case "i", "em" -> new Fmt(fmt.bold(), true, fmt.underline(), fmt.size());
            case "u", "ins" -> new Fmt(fmt.bold(), fmt.italic(), true, fmt.size());
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

    private void flush(List<Span> pending, Sink sink, ParagraphAlignment align) {
        if (pending.stream().anyMatch(s -> !s.text().isBlank())) {
            write(sink.paragraph(), pending, align);
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
            run.setFontFamily(EAST_ASIA_FONT, XWPFRun.FontCharRange.eastAsia);
        }
    }
}
