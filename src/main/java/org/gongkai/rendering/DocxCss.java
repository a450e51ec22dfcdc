package org.gongkai.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a document's own style sheet that a Word file can carry, so that the DOCX is laid out as the PDF is:
 * rules whose selector is a tag, a class or a tag with a class ({@code p.number}), and the page margins of
 * {@code @page}. Other selectors (descendants, pseudo-classes) are left to the PDF. Lengths in pt, mm, cm and em.
 */
final class DocxCss {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern SIMPLE = Pattern.compile("([a-z][a-z0-9]*)?(?:\\.([a-zA-Z0-9_-]+))?");
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9.]+)(pt|mm|cm|em|px|in)?");

    private record Rule(String tag, String cls, Map<String, String> props) {
        boolean matches(Element e) {
            return (tag == null || tag.equals(e.normalName())) && (cls == null || e.hasClass(cls));
        }
    }

    private final List<Rule> rules;
    private final Map<String, String> page;

    private DocxCss(List<Rule> rules, Map<String, String> page) {
        this.rules = rules;
        this.page = page;
    }

    static DocxCss of(Document doc) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> page = new HashMap<>();
        for (Element style : doc.select("style")) {
            String css = style.data().replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = RULE.matcher(css);
            while (m.find()) {
                Map<String, String> props = declarations(m.group(2));
                for (String selector : m.group(1).split(",")) {
                    String s = selector.strip();
                    Matcher simple = SIMPLE.matcher(s);
                    if (s.equals("@page")) {
                        page.putAll(props);
                    } else if (!s.isEmpty() && simple.matches()) {
                        rules.add(new Rule(simple.group(1), simple.group(2), props));
                    }
                }
            }
        }
        return new DocxCss(List.copyOf(rules), Map.copyOf(page));
    }

    /** The declarations that apply to {@code e}: matching rules in their order, then its own style attribute. */
    Map<String, String> props(Element e) {
        Map<String, String> out = new HashMap<>();
        for (Rule r : rules) {
            if (r.matches(e)) {
                out.putAll(r.props());
            }
        }
        out.putAll(declarations(e.attr("style")));
        return out;
    }

    /** The page margins (top, right, bottom, left) in twentieths of a point, when {@code @page} gives them. */
    Optional<int[]> pageMargins() {
        String margin = page.get("margin");
        if (margin == null) {
            return Optional.empty();
        }
        String[] v = margin.split("\\s+");
        double[] pt = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            OptionalDouble d = points(v[i], 12);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            pt[i] = d.getAsDouble();
        }
        double top = pt[0];
        double right = pt.length > 1 ? pt[1] : top;
        double bottom = pt.length > 2 ? pt[2] : top;
        double left = pt.length > 3 ? pt[3] : right;
        return Optional.of(new int[] {twips(top), twips(right), twips(bottom), twips(left)});
    }

    /** A CSS length in points; {@code em} counts in {@code fontSize}; a bare number is read as points. */
    static OptionalDouble points(String value, double fontSize) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        Matcher m = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        return OptionalDouble.of(
                switch (unit) {
                    case "mm" -> n * 72 / 25.4;
                    case "cm" -> n * 72 / 2.54;
                    case "in" -> n * 72;
                    case "px" -> n * 0.75;
                    case "em" -> n * fontSize;
                    default -> n;
                });
    }

    static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    private static Map<String, String> declarations(String block) {
        Map<String, String> out = new HashMap<>();
        for (String d : block.split(";")) {
            int colon = d.indexOf(':');
            if (colon > 0) {
                out.put(
                        d.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        d.substring(colon + 1).replace("!important", "").strip());
            }
        }
        return out;
    }
}
