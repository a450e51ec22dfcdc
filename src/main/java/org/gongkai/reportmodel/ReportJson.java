package org.gongkai.reportmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads annual reports as the JSON of {@code annual-report-json.md}, keys in contract order.
 * Hand-written so that the shape is exact and the module needs no library.
 */
public final class ReportJson {

    private ReportJson() {}

    /** One report as an indented JSON object. */
    public static String write(AnnualReport r) {
        StringBuilder sb = new StringBuilder(4096);
        write(r, sb, "");
        return sb.toString();
    }

    /** Several reports as a JSON array. */
    public static String writeAll(List<AnnualReport> reports) {
        StringBuilder sb = new StringBuilder(4096 * Math.max(1, reports.size()));
        sb.append("[\n");
        for (int i = 0; i < reports.size(); i++) {
            sb.append("  ");
            write(reports.get(i), sb, "  ");
            sb.append(i + 1 < reports.size() ? ",\n" : "\n");
        }
        return sb.append(']').toString();
    }

    static void write(AnnualReport r, StringBuilder sb, String ind) {
        String in = ind + "  ";
        sb.append("{\n");
        sb.append(in).append("\"source\": ");
        string(sb, r.source());
        sb.append(",\n").append(in).append("\"unit\": ");
        string(sb, r.unit());
        sb.append(",\n")
                .append(in)
                .append("\"year\": ")
                .append(r.year() == null ? "null" : r.year().toString());
        sb.append(",\n").append(in).append("\"template\": ");
        string(sb, r.template() == null ? null : r.template().code());
        sb.append(",\n").append(in).append("\"published\": ");
        string(sb, r.published() == null ? null : r.published().toString());
        if (r.posted() != null) {
            sb.append(",\n").append(in).append("\"posted\": ");
            string(sb, r.posted().toString());
        }
        for (String t : List.of(Layouts.PROACTIVE, Layouts.REQUESTS, Layouts.REVIEWS)) {
            sb.append(",\n").append(in).append('"').append(t).append("\": ");
            grid(sb, r.table(t), r, in);
        }
        sb.append(",\n").append(in).append("\"inferred\": [");
        for (int i = 0; i < r.inferred().size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            string(sb, r.inferred().get(i));
        }
        sb.append(']');
        if (!r.uncertain().isEmpty()) {
            sb.append(",\n").append(in).append("\"uncertain\": [");
            for (int i = 0; i < r.uncertain().size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                string(sb, r.uncertain().get(i));
            }
            sb.append(']');
        }
        if (!r.statements().isEmpty()) {
            sb.append(",\n").append(in).append("\"statements\": [");
            for (int i = 0; i < r.statements().size(); i++) {
                Statement st = r.statements().get(i);
                sb.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"where\": ");
                string(sb, st.where());
                sb.append(", \"value\": ").append(number(st.value())).append(", \"quote\": ");
                string(sb, st.quote());
                sb.append('}');
            }
            sb.append('\n').append(in).append(']');
        }
        sb.append(",\n").append(in).append("\"findings\": [");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"code\": ");
            string(sb, f.code());
            sb.append(", \"where\": ");
            string(sb, f.where());
            sb.append(", \"message\": ");
            string(sb, f.message());
            sb.append('}');
        }
        sb.append(r.findings().isEmpty() ? "]\n" : "\n" + in + "]\n")
                .append(ind)
                .append('}');
    }

    private static void grid(StringBuilder sb, Grid g, AnnualReport r, String ind) {
        if (g == null) {
            sb.append("null");
            return;
        }
        sb.append("{\n");
        List<String> rows = g.rowKeys();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            sb.append(ind).append("  \"").append(row).append("\": {");
            List<String> cols = g.columns(row);
            for (int j = 0; j < cols.size(); j++) {
                sb.append(j == 0 ? "" : ", ")
                        .append('"')
                        .append(cols.get(j))
                        .append("\": ")
                        .append(
                                r.unknown(g.layout().table() + "." + row + "." + cols.get(j))
                                        ? "null"
                                        : number(g.get(row, cols.get(j))));
            }
            sb.append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        sb.append(ind).append('}');
    }

    /** A cell as JSON: integers without a decimal point, amounts with their decimals. */
    public static String number(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** Any JSON text as maps, lists, strings, BigDecimals, booleans and nulls (for expectation files). */
    public static Object tree(String json) {
        return new JsonParser(json).parse();
    }

    /** Reads one report object (extra fields such as {@code inferred_at_least} are ignored). */
    public static AnnualReport read(String json) {
        Object v = new JsonParser(json).parse();
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return fromMap(m);
    }

    /** Reads a JSON array of reports, or a single object as a list of one. */
    public static List<AnnualReport> readAll(String json) {
        Object v = new JsonParser(json).parse();
        List<AnnualReport> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(fromMap((Map<?, ?>) o));
            }
        } else if (v instanceof Map<?, ?> m) {
            out.add(fromMap(m));
        } else {
            throw new IllegalArgumentException("not a report or a list of reports");
        }
        return out;
    }

    private static AnnualReport fromMap(Map<?, ?> m) {
        AnnualReport r = new AnnualReport();
        r.source((String) m.get("source"));
        r.unit((String) m.get("unit"));
        if (m.get("year") instanceof BigDecimal y) {
            r.year(y.intValueExact());
        }
        if (m.get("template") instanceof String t) {
            r.template(Template.ofCode(t).orElse(null));
        }
        if (m.get("published") instanceof String p) {
            r.published(LocalDate.parse(p));
        }
        if (m.get("posted") instanceof String p) {
            r.posted(LocalDate.parse(p));
        }
        Map<?, ?> req = (Map<?, ?>) m.get(Layouts.REQUESTS);
        Map<?, ?> pro = (Map<?, ?>) m.get(Layouts.PROACTIVE);
        Template reqT = r.template();
        if (req != null && reqT == null) {
            reqT = req.containsKey("other") ? Template.T2019 : Template.T2021;
        }
        Template proT = r.template();
        if (pro != null && proT == null) {
            proT = pro.get("regulations") instanceof Map<?, ?> reg && reg.containsKey("new_made")
                    ? Template.T2019
                    : Template.T2021;
        }
        r.proactive(pro == null ? null : toGrid(pro, Layouts.proactive(proT)));
        r.requests(req == null ? null : toGrid(req, Layouts.requests(reqT)));
        Map<?, ?> rev = (Map<?, ?>) m.get(Layouts.REVIEWS);
        r.reviews(rev == null ? null : toGrid(rev, Layouts.reviews()));
        if (m.get("inferred") instanceof List<?> inf) {
            inf.forEach(o -> r.inferred().add((String) o));
        }
        if (m.get("uncertain") instanceof List<?> unc) {
            unc.forEach(o -> r.uncertain().add((String) o));
        }
        if (m.get("statements") instanceof List<?> sts) {
            for (Object o : sts) {
                Map<?, ?> st = (Map<?, ?>) o;
                if (st.get("value") instanceof BigDecimal v) {
                    r.statements()
                            .add(new Statement(String.valueOf(st.get("where")), v, String.valueOf(st.get("quote"))));
                }
            }
        }
        if (m.get("findings") instanceof List<?> fs) {
            for (Object o : fs) {
                Map<?, ?> f = (Map<?, ?>) o;
                r.findings()
                        .add(new Finding(
                                String.valueOf(f.get("code")),
                                String.valueOf(f.get("where")),
                                String.valueOf(f.get("message"))));
            }
        }
        return r;
    }

    private static Grid toGrid(Map<?, ?> m, Layout layout) {
        Grid g = new Grid(layout);
        for (String row : layout.rowKeys()) {
            if (m.get(row) instanceof Map<?, ?> cells) {
                for (String c : layout.columns(row)) {
                    if (cells.get(c) instanceof BigDecimal v) {
                        g.set(row, c, v);
                    }
                }
            }
        }
        return g;
    }
}
