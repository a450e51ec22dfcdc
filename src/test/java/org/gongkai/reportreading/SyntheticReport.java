package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Labels;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;

/**
 * Test reports: a consistent random report of either format, and its three tables laid out as rows of cells
 * the way the national formats print them (labels from {@link Labels}), ready to be written as tab-separated
 * text, spaced text, flattened text, HTML, Word or PDF.
 */
final class SyntheticReport {

    static final String UNIT = "示例县自然资源和规划局";

    private SyntheticReport() {}

    /** A consistent report for {@code year}, numbers from {@code seed}; most outcome cells are 0. */
    static AnnualReport consistent(int year, long seed) {
        Random rnd = new Random(seed);
        Template t = Template.forYear(year);
        AnnualReport r = AnnualReport.blank(t)
                .unit(UNIT)
                .year(year)
                .published(java.time.LocalDate.of(year + 1, 1, 1 + rnd.nextInt(3) + rnd.nextInt(28)));
        Grid q = r.requests();
        List<String> outcomes = Layouts.outcomeRows(t);
        for (int c = 0; c < 6; c++) {
            String col = Layouts.APPLICANT_COLUMNS.get(c);
            long total = 0;
            for (String row : outcomes) {
                int chance = c == 0 ? 2 : 6;
                long v = rnd.nextInt(chance) == 0 ? rnd.nextInt(c == 0 ? 120 : 8) : 0;
                q.set(row, col, v);
                total += v;
            }
            q.set("total", col, total);
            long fwd = rnd.nextInt(4) == 0 ? rnd.nextInt(9) : 0;
            long carried = Math.min(total + fwd, rnd.nextInt(3) == 0 ? rnd.nextInt(6) : 0);
            q.set("carried_forward", col, fwd);
            q.set("carried_over", col, carried);
            q.set("new_received", col, total + fwd - carried);
        }
        for (String row : q.rowKeys()) {
            long s = 0;
            for (String col : Layouts.APPLICANT_PARTS) {
                s += q.count(row, col);
            }
            q.set(row, "total", s);
        }
        Grid v = r.reviews();
        for (String row : Layouts.REVIEW_ROWS) {
            long s = 0;
            for (String col : List.of("upheld", "corrected", "other", "pending")) {
                long x = rnd.nextInt(3) == 0 ? rnd.nextInt(12) : 0;
                v.set(row, col, x);
                s += x;
            }
            v.set(row, "total", s);
        }
        Grid p = r.proactive();
        for (String row : p.rowKeys()) {
            for (String col : p.columns(row)) {
                long x = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(col.equals("decisions") ? 200000 : 400);
                if (col.equals("change")) {
                    x = rnd.nextInt(200) - 100;
                }
                p.set(row, col, x);
            }
        }
        if (t == Template.T2019) {
            p.set("procurement", "amount_10k_yuan", new java.math.BigDecimal("4758.5075"));
        }
        return r;
    }

    // ---- tables as rows of cells -------------------------------------------------------------------------

    /** Table 三 as printed: three header rows, then label cells (three columns) and seven value cells. */
    static List<List<String>> requestRows(AnnualReport r) {
        List<List<String>> out = new ArrayList<>();
        out.add(row(Labels.REQUESTS_NOTE, "", "", Labels.APPLICANT_HEADER, "", "", "", "", "", ""));
        out.add(row("", "", "", "自然人", Labels.ORGANISATIONS, "", "", "", "", "总计"));
        out.add(row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        Grid q = r.requests();
        String lastGroup = null;
        for (String key : q.rowKeys()) {
            List<String> cells = new ArrayList<>();
            String group = Labels.requestGroup(key);
            if (key.equals("other") || group == null) {
                String label = Labels.requestRowNumbered(key);
                if (Labels.isOutcome(key)) {
                    cells.addAll(List.of(key.equals("granted") ? Labels.OUTCOMES_GROUP : "", label, ""));
                } else {
                    cells.addAll(List.of(label, "", ""));
                }
            } else {
                cells.addAll(List.of("", group.equals(lastGroup) ? "" : group, Labels.requestRowNumbered(key)));
            }
            lastGroup = group;
            for (String col : Layouts.APPLICANT_COLUMNS) {
                cells.add(Long.toString(q.count(key, col)));
            }
            out.add(cells);
        }
        return out;
    }

    static List<List<String>> reviewRows(AnnualReport r) {
        List<List<String>> out = new ArrayList<>();
        out.add(row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""));
        List<String> h2 = new ArrayList<>(
                List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""));
        out.add(h2);
        List<String> h3 = new ArrayList<>(Collections.nCopies(5, ""));
        for (int i = 0; i < 2; i++) {
            for (String c : Layouts.REVIEW_COLUMNS) {
                h3.add(Labels.reviewColumn(c));
            }
        }
        out.add(h3);
        List<String> values = new ArrayList<>();
        for (String row : Layouts.REVIEW_ROWS) {
            for (String c : Layouts.REVIEW_COLUMNS) {
                values.add(Long.toString(r.reviews().count(row, c)));
            }
        }
        out.add(values);
        return out;
    }

    static List<List<String>> proactiveRows(AnnualReport r) {
        List<List<String>> out = new ArrayList<>();
        Grid p = r.proactive();
        Template t = r.template();
        String section = null;
        for (String row : p.rowKeys()) {
            if (!Labels.proactiveSection(row).equals(section)) {
                section = Labels.proactiveSection(row);
                out.add(row(section, "", "", ""));
                List<String> head = new ArrayList<>(List.of(Labels.CONTENT_HEADER));
                for (String c : p.columns(row)) {
                    head.add(Labels.proactiveColumn(t, c));
                }
                out.add(head);
            }
            List<String> cells = new ArrayList<>(List.of(Labels.proactiveRow(t, row)));
            for (String c : p.columns(row)) {
                String v = org.gongkai.reportmodel.ReportJson.number(p.get(row, c));
                if (c.equals("change") && t == Template.T2019) {
                    long x = p.count(row, c);
                    v = x < 0 ? "减 " + (-x) : "增 " + x;
                }
                cells.add(c.startsWith("amount") && t == Template.T2019 ? v + " 万元" : v);
            }
            out.add(cells);
        }
        return out;
    }

    /** The whole report as sections of text around the tables, each table given as text lines. */
    static String document(AnnualReport r, List<String> proactive, List<String> requests, List<String> reviews) {
        StringBuilder sb = new StringBuilder();
        sb.append(UNIT).append('\n').append(r.year()).append("年政府信息公开工作年度报告\n\n");
        sb.append("本报告根据《中华人民共和国政府信息公开条例》编制。全文包括总体情况、主动公开政府信息情况、" + "收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况等。本报告中所列数据的统计期限自")
                .append(r.year())
                .append("年1月1日至")
                .append(r.year())
                .append("年12月31日止。\n\n");
        sb.append("一、总体情况\n\n")
                .append(r.year())
                .append("年，我局共收到申请")
                .append(r.requests().count("new_received", "total"))
                .append("件，行政许可事项 12 条。\n\n");
        sb.append("二、主动公开政府信息情况\n\n");
        proactive.forEach(l -> sb.append(l).append('\n'));
        sb.append("\n三、收到和处理政府信息公开申请情况\n\n");
        requests.forEach(l -> sb.append(l).append('\n'));
        sb.append("\n四、政府信息公开行政复议、行政诉讼情况\n\n");
        reviews.forEach(l -> sb.append(l).append('\n'));
        sb.append("\n五、存在的主要问题及改进情况\n\n一是队伍力量薄弱。2024年将加强培训。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n");
        sb.append(UNIT).append('\n');
        java.time.LocalDate d = r.published();
        sb.append(d.getYear())
                .append('年')
                .append(d.getMonthValue())
                .append('月')
                .append(d.getDayOfMonth())
                .append("日\n");
        return sb.toString();
    }

    static List<String> join(List<List<String>> rows, String sep) {
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            out.add(String.join(sep, r));
        }
        return out;
    }

    private static List<String> row(String... cells) {
        return new ArrayList<>(List.of(cells));
    }
}
