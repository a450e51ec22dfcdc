package org.gongkai.annualreport;

import java.time.LocalDate;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Labels;
import org.gongkai.reportmodel.Layouts;
import org.springframework.stereotype.Component;

/**
 * The whole report as one XHTML document in the national order (一 … 六, tables in 二, 三, 四), signed with the
 * unit's name and the publication date. The portal shows it; PDF and DOCX are rendered from it.
 */
@Component
public class ReportDocuments {

    public String title(AnnualReport r) {
        return r.unit() + r.year() + "年政府信息公开工作年度报告";
    }

    /** The body fragment (no html/head), for embedding in a page. */
    public String body(AnnualReport r, String overview, String problems, String otherMatters) {
        ReportTables tables = new ReportTables(r, null);
        StringBuilder s = new StringBuilder("<article class=\"annual-report\">");
        s.append("<h1>").append(ReportTables.esc(title(r))).append("</h1>");
        s.append("<p>本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为")
                .append(r.year())
                .append("年1月1日至")
                .append(r.year())
                .append("年12月31日。本报告采用")
                .append(Labels.templateName(r.template()))
                .append("。</p>");
        s.append("<h2>一、总体情况</h2>").append(paragraphs(overview));
        s.append("<h2>")
                .append(Labels.tableHeading(Layouts.PROACTIVE))
                .append("</h2>")
                .append(tables.proactive());
        s.append("<h2>")
                .append(Labels.tableHeading(Layouts.REQUESTS))
                .append("</h2>")
                .append(tables.requests());
        s.append("<h2>")
                .append(Labels.tableHeading(Layouts.REVIEWS))
                .append("</h2>")
                .append(tables.reviews());
        s.append("<h2>五、存在的主要问题及改进情况</h2>").append(paragraphs(problems));
        s.append("<h2>六、其他需要报告的事项</h2>").append(paragraphs(otherMatters));
        s.append("<p class=\"signature\">").append(ReportTables.esc(r.unit())).append("</p>");
        LocalDate on = r.published();
        if (on != null) {
            s.append("<p class=\"signature\">")
                    .append(on.getYear())
                    .append("年")
                    .append(on.getMonthValue())
                    .append("月")
                    .append(on.getDayOfMonth())
                    .append("日</p>");
        }
        return s.append("</article>").toString();
    }

    /** A standalone XHTML document (for the PDF and DOCX renderers and the stored snapshot). */
    public String xhtml(AnnualReport r, String overview, String problems, String otherMatters) {
        return wrap(title(r), body(r, overview, problems, otherMatters));
    }

    /** Wraps a body fragment into a standalone XHTML document. */
    public String wrap(String title, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>"
                + ReportTables.esc(title) + "</title><style>table{border-collapse:collapse;width:100%;}"
                + "th,td{border:1px solid #000;padding:2px 4px;font-size:9pt;}td.num{text-align:right;}"
                + "h1{text-align:center;font-size:16pt;}h2{font-size:12pt;}.signature{text-align:right;}</style>"
                + "</head><body>" + body + "</body></html>";
    }

    /** The published snapshot's HTML: the body with the record's texts. */
    String html(AnnualReport r, ReportRecord rec) {
        return body(r, rec.overview(), rec.problems(), rec.otherMatters());
    }

    private static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "<p>无。</p>";
        }
        StringBuilder s = new StringBuilder();
        for (String p : text.split("\\R+")) {
            if (!p.isBlank()) {
                s.append("<p>").append(ReportTables.esc(p.strip())).append("</p>");
            }
        }
        return s.toString();
    }
}
