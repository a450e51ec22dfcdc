package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web pages: text blocks become lines; each innermost table becomes rows of cells laid out on its grid, with
 * rowspan and colspan expanded (the text in the first cell of a span, the rest empty). Tables that only lay
 * out the page (they hold other tables) are read as text.
 */
final class HtmlExtractor {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "tr",
            "td",
            "th",
            "dd",
            "dt",
            "dl",
            "center",
            "form",
            "main",
            "nav",
            "aside",
            "figure",
            "figcaption",
            "caption",
            "hr",
            "address",
            "tbody",
            "thead");
    private static final Set<String> SKIP =
            Set.of("script", "style", "head", "noscript", "template", "svg", "select", "button", "iframe", "object");
    private static final Set<String> SECTIONS = Set.of("tbody", "thead", "tfoot");
    private static final int MAX_SPAN = 60;

    private HtmlExtractor() {}

    /** The page's text and tables, and what its pictures of tables or text hold, each where it stands. */
    static SourceDocument extract(String html, EmbeddedImages images) throws UnreadableReportException {
        Document d = Jsoup.parse(html);
        SourceDocument.Builder b = new SourceDocument.Builder();
        String title = d.title().split("[_|｜]| - | — | – ")[0].strip();
        if (!title.isBlank()) {
            b.row(List.of(title)); // pages often name unit and year only in their title
        }
        StringBuilder line = new StringBuilder();
        walk(d.body() == null ? d : d.body(), b, line, 0, images);
        flush(b, line);
        return b.build();
    }

    private static void walk(Element e, SourceDocument.Builder b, StringBuilder line, int depth, EmbeddedImages images)
            throws UnreadableReportException {
        if (depth > 200) {
            return;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                line.append(t.text());
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush(b, line);
                } else if (tag.equals("img")) {
                    String src = c.hasAttr("src") ? c.attr("src") : c.attr("data-src");
                    if (!src.isBlank()) {
                        flush(b, line);
                        images.reference(src, b);
                    }
                } else if (tag.equals("table") && c.getElementsByTag("table").size() == 1) {
                    flush(b, line);
                    table(c, b);
                } else if (tag.equals("pre")) {
                    flush(b, line);
                    for (String l : c.wholeText().split("\n")) {
                        b.text(l);
                    }
                } else if (BLOCKS.contains(tag) || tag.equals("table")) {
                    flush(b, line);
                    walk(c, b, line, depth + 1, images);
                    flush(b, line);
                } else {
                    walk(c, b, line, depth + 1, images);
                }
            }
        }
    }

    private static void flush(SourceDocument.Builder b, StringBuilder line) {
        if (!line.isEmpty()) {
            String s = line.toString().strip();
            if (!s.isEmpty()) {
                b.row(List.of(s));
            }
            line.setLength(0);
        }
    }

    private static void table(Element table, SourceDocument.Builder b) {
        List<Element> trs = new ArrayList<>();
        for (Element c : table.children()) {
            if (c.normalName().equals("tr")) {
                trs.add(c);
            } else if (SECTIONS.contains(c.normalName())) {
                for (Element r : c.children()) {
                    if (r.normalName().equals("tr")) {
                        trs.add(r);
                    }
                }
            } else if (c.normalName().equals("caption")) {
                b.row(List.of(c.text()));
            }
        }
        Map<Long, Boolean> taken = new HashMap<>();
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element td : trs.get(r).children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (taken.containsKey(key(r, col))) {
                    set(row, col, "");
                    col++;
                }
                int cs = span(td.attr("colspan"));
                int rs = span(td.attr("rowspan"));
                set(row, col, td.text());
                for (int dr = 0; dr < rs; dr++) {
                    for (int dc = 0; dc < cs; dc++) {
                        taken.put(key(r + dr, col + dc), Boolean.TRUE);
                        if (dr == 0 && dc > 0) {
                            set(row, col + dc, "");
                        }
                    }
                }
                col += cs;
            }
            while (taken.containsKey(key(r, col))) {
                set(row, col, "");
                col++;
            }
            grid.add(row);
        }
        for (List<String> row : grid) {
            if (row.stream().anyMatch(s -> !s.isBlank())) {
                b.row(row);
            }
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    private static void set(List<String> row, int col, String text) {
        while (row.size() <= col) {
            row.add("");
        }
        if (!text.isEmpty() || row.get(col).isEmpty()) {
            row.set(col, text);
        }
    }

    private static int span(String attr) {
        if (attr.isEmpty()) {
            return 1; // no span (most cells): no exception to throw and catch
        }
        try {
            int v = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(v, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
