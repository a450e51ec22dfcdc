package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Labels;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;

/**
 * The three tables of a report as XHTML in the national layout (merged header and group cells, the exact row and
 * column labels of {@link Labels}). {@code link} turns a cell path such as {@code requests.granted.commercial}
 * into a drill-down address, or null for plain numbers (published documents).
 */
public final class ReportTables {

    private final AnnualReport report;
    private final Function<String, String> link;

    public ReportTables(AnnualReport report, Function<String, String> link) {
        this.report = report;
        this.link = link;
    }

    public String proactive() {
        Grid g = report.proactive();
        Template t = report.template();
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (String row : g.rowKeys()) {
            blocks.computeIfAbsent(Labels.proactiveSection(row), k -> new ArrayList<>())
                    .add(row);
        }
        int width = 1
                + g.rowKeys().stream().mapToInt(r -> g.columns(r).size()).max().orElse(1);
        StringBuilder s = new StringBuilder("<table class=\"report-table proactive\">");
        for (Map.Entry<String, List<String>> b : blocks.entrySet()) {
            List<String> cols = g.columns(b.getValue().get(0));
            s.append("<tr><th colspan=\"")
                    .append(width)
                    .append("\">")
                    .append(b.getKey())
                    .append("</th></tr>");
            s.append("<tr><th>").append(Labels.CONTENT_HEADER).append("</th>");
            for (String c : cols) {
                s.append("<th>").append(esc(Labels.proactiveColumn(t, c))).append("</th>");
            }
            pad(s, width - 1 - cols.size(), "th");
            s.append("</tr>");
            for (String row : b.getValue()) {
                s.append("<tr><th scope=\"row\">")
                        .append(esc(Labels.proactiveRow(t, row)))
                        .append("</th>");
                for (String c : g.columns(row)) {
                    cell(s, "proactive", row, c, g.get(row, c));
                }
                pad(s, width - 1 - g.columns(row).size(), "td");
                s.append("</tr>");
            }
        }
        return s.append("</table>").toString();
    }

    public String requests() {
        Grid g = report.requests();
        List<String> outcomes = Layouts.outcomeRows(report.template());
        StringBuilder s = new StringBuilder("<table class=\"report-table requests\">");
        s.append("<tr><th colspan=\"3\" rowspan=\"3\">")
                .append(Labels.REQUESTS_NOTE)
                .append("</th>")
                .append("<th colspan=\"7\">")
                .append(Labels.APPLICANT_HEADER)
                .append("</th></tr>");
        s.append("<tr><th rowspan=\"2\">")
                .append(Labels.applicantColumn("natural_person"))
                .append("</th>")
                .append("<th colspan=\"5\">")
                .append(Labels.ORGANISATIONS)
                .append("</th>")
                .append("<th rowspan=\"2\">")
                .append(Labels.applicantColumn("total"))
                .append("</th></tr><tr>");
        for (String c : Layouts.APPLICANT_PARTS.subList(1, 6)) {
            s.append("<th>").append(Labels.applicantColumn(c)).append("</th>");
        }
        s.append("</tr>");
        requestRow(
                s,
                g,
                "new_received",
                "<th colspan=\"3\" scope=\"row\">" + Labels.requestRowNumbered("new_received") + "</th>");
        requestRow(
                s,
                g,
                "carried_over",
                "<th colspan=\"3\" scope=\"row\">" + Labels.requestRowNumbered("carried_over") + "</th>");
        List<String> rows = new ArrayList<>(outcomes);
        rows.add("total");
        String openGroup = null;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            StringBuilder head = new StringBuilder();
            if (i == 0) {
                head.append("<th rowspan=\"")
                        .append(rows.size())
                        .append("\">")
                        .append(Labels.OUTCOMES_GROUP)
                        .append("</th>");
            }
            String group = report.template() == Template.T2019 && "other".equals(row) ? null : Labels.requestGroup(row);
            if (group == null) {
                head.append("<th colspan=\"2\" scope=\"row\">")
                        .append(esc(Labels.requestRowNumbered(row)))
                        .append("</th>");
            } else {
                if (!group.equals(openGroup)) {
                    long size = rows.stream()
                            .filter(r -> group.equals(Labels.requestGroup(r)))
                            .count();
                    head.append("<th rowspan=\"")
                            .append(size)
                            .append("\">")
                            .append(group)
                            .append("</th>");
                }
                head.append("<th scope=\"row\">")
                        .append(esc(Labels.requestRowNumbered(row)))
                        .append("</th>");
            }
            openGroup = group;
            requestRow(s, g, row, head.toString());
        }
        requestRow(
                s,
                g,
                "carried_forward",
                "<th colspan=\"3\" scope=\"row\">" + Labels.requestRowNumbered("carried_forward") + "</th>");
        return s.append("</table>").toString();
    }

    public String reviews() {
        Grid g = report.reviews();
        StringBuilder s = new StringBuilder("<table class=\"report-table reviews\">");
        s.append("<tr><th colspan=\"5\">")
                .append(Labels.RECONSIDERATION)
                .append("</th><th colspan=\"10\">")
                .append(Labels.LITIGATION)
                .append("</th></tr><tr>");
        for (String c : Layouts.REVIEW_COLUMNS) {
            s.append("<th rowspan=\"2\">").append(Labels.reviewColumn(c)).append("</th>");
        }
        s.append("<th colspan=\"5\">")
                .append(Labels.reviewRow("litigation_direct"))
                .append("</th><th colspan=\"5\">")
                .append(Labels.reviewRow("litigation_after_reconsideration"))
                .append("</th></tr><tr>");
        for (int i = 0; i < 2; i++) {
            for (String c : Layouts.REVIEW_COLUMNS) {
                s.append("<th>").append(Labels.reviewColumn(c)).append("</th>");
            }
        }
        s.append("</tr><tr>");
        for (String row : Layouts.REVIEW_ROWS) {
            for (String c : Layouts.REVIEW_COLUMNS) {
                cell(s, "reviews", row, c, g.get(row, c));
            }
        }
        return s.append("</tr></table>").toString();
    }

    private void requestRow(StringBuilder s, Grid g, String row, String head) {
        s.append("<tr>").append(head);
        for (String c : Layouts.APPLICANT_COLUMNS) {
            cell(s, "requests", row, c, g.get(row, c));
        }
        s.append("</tr>");
    }

    private void cell(StringBuilder s, String table, String row, String col, BigDecimal v) {
        String text = v.stripTrailingZeros().toPlainString();
        String href = link == null ? null : link.apply(table + "." + row + "." + col);
        s.append("<td class=\"num\">");
        if (href != null) {
            s.append("<a href=\"").append(esc(href)).append("\">").append(text).append("</a>");
        } else {
            s.append(text);
        }
        s.append("</td>");
    }

    private static void pad(StringBuilder s, int n, String tag) {
        for (int i = 0; i < n; i++) {
            s.append('<').append(tag).append("></").append(tag).append('>');
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
