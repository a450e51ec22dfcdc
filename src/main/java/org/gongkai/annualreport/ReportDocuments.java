package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Labels;
import org.gongkai.reportmodel.Layouts;
import org.springframework.stereotype.Component;

/**
 * The whole report as one XHTML document in the national order (一 … 六, tables in 二, 三, 四), signed with the
 * unit's name and the publication date, from the templates {@code templates/annualreport/document*.html}. The
 * portal shows it; PDF and DOCX are rendered from it.
 */
@Component
public class ReportDocuments {

    public String title(AnnualReport r) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("unit", r.unit());
        vars.put("year", r.year());
        return ReportText.text("title", vars);
    }

    /** The body fragment (no html/head), for embedding in a page. */
    public String body(AnnualReport r, String overview, String problems, String otherMatters) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", title(r));
        vars.put("year", r.year());
        vars.put("templateName", Labels.templateName(r.template()));
        vars.put(
                "headings",
                Map.of(
                        "proactive", Labels.tableHeading(Layouts.PROACTIVE),
                        "requests", Labels.tableHeading(Layouts.REQUESTS),
                        "reviews", Labels.tableHeading(Layouts.REVIEWS)));
        vars.put("tables", new ReportTables(r, null));
        vars.put("overview", paragraphs(overview));
        vars.put("problems", paragraphs(problems));
        vars.put("otherMatters", paragraphs(otherMatters));
        vars.put("unit", r.unit());
        vars.put("published", r.published());
        return ReportText.html("document-body", vars);
    }

    /** A standalone XHTML document (for the PDF and DOCX renderers and the stored snapshot). */
    public String xhtml(AnnualReport r, String overview, String problems, String otherMatters) {
        return wrap(title(r), body(r, overview, problems, otherMatters));
    }

    /** Wraps a body fragment into a standalone XHTML document. */
    public String wrap(String title, String body) {
        return ReportText.html("document", Map.of("title", title, "body", body));
    }

    /** The published snapshot's HTML: the body with the record's texts. */
    String html(AnnualReport r, ReportRecord rec) {
        return body(r, rec.overview(), rec.problems(), rec.otherMatters());
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String p : text.split("\\R+")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
