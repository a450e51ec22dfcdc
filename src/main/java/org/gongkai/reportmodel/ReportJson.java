package org.gongkai.reportmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads annual reports as the JSON of {@code annual-report-json.md} with Jackson: keys in contract
 * order, cells as exact numbers (integers without a decimal point, amounts with their decimals), extra fields such
 * as {@code inferred_at_least} ignored on reading.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer()
            .with(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

    private ReportJson() {}

    /** One report as an indented JSON object. */
    public static String write(AnnualReport r) {
        return WRITER.writeValueAsString(tree(r));
    }

    /** Several reports as a JSON array. */
    public static String writeAll(List<AnnualReport> reports) {
        ArrayNode all = MAPPER.createArrayNode();
        reports.forEach(r -> all.add(tree(r)));
        return WRITER.writeValueAsString(all);
    }

    /** A cell as JSON: integers without a decimal point, amounts with their decimals. */
    public static String number(BigDecimal v) {
        return exact(v).toPlainString();
    }

    private static BigDecimal exact(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }

    private static ObjectNode tree(AnnualReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", r.source());
        o.put("unit", r.unit());
        o.put("year", r.year());
        o.put("template", r.template() == null ? null : r.template().code());
        o.put("published", r.published() == null ? null : r.published().toString());
        if (r.posted() != null) {
            o.put("posted", r.posted().toString());
        }
        for (String t : List.of(Layouts.PROACTIVE, Layouts.REQUESTS, Layouts.REVIEWS)) {
            Grid g = r.table(t);
            if (g == null) {
                o.putNull(t);
            } else {
                ObjectNode table = o.putObject(t);
                for (String row : g.rowKeys()) {
                    ObjectNode cells = table.putObject(row);
                    for (String c : g.columns(row)) {
                        if (r.unknown(t + "." + row + "." + c)) {
                            cells.putNull(c);
                        } else {
                            cells.put(c, exact(g.get(row, c)));
                        }
                    }
                }
            }
        }
        ArrayNode inferred = o.putArray("inferred");
        r.inferred().forEach(inferred::add);
        if (!r.uncertain().isEmpty()) {
            ArrayNode uncertain = o.putArray("uncertain");
            r.uncertain().forEach(uncertain::add);
        }
        if (!r.statements().isEmpty()) {
            ArrayNode statements = o.putArray("statements");
            r.statements()
                    .forEach(st -> statements
                            .addObject()
                            .put("where", st.where())
                            .put("value", exact(st.value()))
                            .put("quote", st.quote()));
        }
        ArrayNode findings = o.putArray("findings");
        r.findings()
                .forEach(f -> findings.addObject()
                        .put("code", f.code())
                        .put("where", f.where())
                        .put("message", f.message()));
        return o;
    }

    /** Reads one report object (extra fields such as {@code inferred_at_least} are ignored). */
    public static AnnualReport read(String json) {
        JsonNode v = MAPPER.readTree(json);
        if (!v.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return fromTree(v);
    }

    /** Reads a JSON array of reports, or a single object as a list of one. */
    public static List<AnnualReport> readAll(String json) {
        JsonNode v = MAPPER.readTree(json);
        List<AnnualReport> out = new ArrayList<>();
        if (v.isArray()) {
            v.values().forEach(o -> out.add(fromTree(o)));
        } else if (v.isObject()) {
            out.add(fromTree(v));
        } else {
            throw new IllegalArgumentException("not a report or a list of reports");
        }
        return out;
    }

    private static AnnualReport fromTree(JsonNode m) {
        AnnualReport r = new AnnualReport();
        r.source(text(m.get("source")));
        r.unit(text(m.get("unit")));
        if (m.get("year") != null && m.get("year").isNumber()) {
            r.year(m.get("year").decimalValue().intValueExact());
        }
        if (text(m.get("template")) instanceof String t) {
            r.template(Template.ofCode(t).orElse(null));
        }
        if (text(m.get("published")) instanceof String p) {
            r.published(LocalDate.parse(p));
        }
        if (text(m.get("posted")) instanceof String p) {
            r.posted(LocalDate.parse(p));
        }
        JsonNode req = object(m.get(Layouts.REQUESTS));
        JsonNode pro = object(m.get(Layouts.PROACTIVE));
        Template reqT = r.template();
        if (req != null && reqT == null) {
            reqT = req.has("other") ? Template.T2019 : Template.T2021;
        }
        Template proT = r.template();
        if (pro != null && proT == null) {
            JsonNode reg = object(pro.get("regulations"));
            proT = reg != null && reg.has("new_made") ? Template.T2019 : Template.T2021;
        }
        r.proactive(pro == null ? null : toGrid(pro, Layouts.proactive(proT)));
        r.requests(req == null ? null : toGrid(req, Layouts.requests(reqT)));
        JsonNode rev = object(m.get(Layouts.REVIEWS));
        r.reviews(rev == null ? null : toGrid(rev, Layouts.reviews()));
        if (m.get("inferred") != null && m.get("inferred").isArray()) {
            m.get("inferred").values().forEach(o -> r.inferred().add(text(o)));
        }
        if (m.get("uncertain") != null && m.get("uncertain").isArray()) {
            m.get("uncertain").values().forEach(o -> r.uncertain().add(text(o)));
        }
        if (m.get("statements") != null && m.get("statements").isArray()) {
            for (JsonNode st : m.get("statements").values()) {
                if (st.get("value") != null && st.get("value").isNumber()) {
                    r.statements()
                            .add(new Statement(
                                    String.valueOf(text(st.get("where"))),
                                    st.get("value").decimalValue(),
                                    String.valueOf(text(st.get("quote")))));
                }
            }
        }
        if (m.get("findings") != null && m.get("findings").isArray()) {
            for (JsonNode f : m.get("findings").values()) {
                r.findings()
                        .add(new Finding(
                                String.valueOf(text(f.get("code"))),
                                String.valueOf(text(f.get("where"))),
                                String.valueOf(text(f.get("message")))));
            }
        }
        return r;
    }

    /** Any JSON text as maps, lists, strings, BigDecimals, booleans and nulls (for expectation files). */
    public static Object tree(String json) {
        return plain(MAPPER.readTree(json));
    }

    private static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.properties().forEach(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.values().forEach(v -> l.add(plain(v)));
            return l;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.stringValue();
    }

    private static Grid toGrid(JsonNode m, Layout layout) {
        Grid g = new Grid(layout);
        for (String row : layout.rowKeys()) {
            JsonNode cells = object(m.get(row));
            if (cells != null) {
                for (String c : layout.columns(row)) {
                    JsonNode v = cells.get(c);
                    if (v != null && v.isNumber()) {
                        g.set(row, c, v.decimalValue());
                    }
                }
            }
        }
        return g;
    }

    private static JsonNode object(JsonNode n) {
        return n != null && n.isObject() ? n : null;
    }

    private static String text(JsonNode n) {
        return n != null && n.isString() ? n.stringValue() : null;
    }
}
