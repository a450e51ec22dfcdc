package org.gongkai.reportmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The arithmetic and format checks of an annual report (codes as in the contract). Used by the reader to
 * audit a published report and by the generator to verify the one it computes.
 */
public final class ReportChecks {

    private ReportChecks() {}

    /** Every failed check of one report (not the cross-year check). */
    public static List<Finding> check(AnnualReport r) {
        List<Finding> out = new ArrayList<>();
        missingTables(r, out);
        Predicate<String> unknown = r::unknown;
        if (r.requests() != null) {
            requests(r.requests(), unknown, out);
        }
        if (r.reviews() != null) {
            reviews(r.reviews(), unknown, out);
        }
        templateFitsYear(r, out);
        return out;
    }

    /** Codes that {@link #audit} recomputes; other findings (series, text checks) are kept. */
    private static final java.util.Set<String> OWN = java.util.Set.of(
            Finding.ROW_SUM,
            Finding.COLUMN_SUM,
            Finding.BALANCE,
            Finding.REVIEW_SUM,
            Finding.MISSING_TABLE,
            Finding.TEMPLATE_MISMATCH,
            Finding.TEXT_TABLE_MISMATCH,
            Finding.LATE_PUBLICATION);

    /**
     * Replaces the report's findings of {@link #check} and {@link DisclosureChecks#check} with new ones; findings
     * of other checks (carry-over, text checks of the reader) are kept.
     */
    public static AnnualReport audit(AnnualReport r) {
        r.findings().removeIf(f -> OWN.contains(f.code()));
        List<Finding> fresh = check(r);
        fresh.addAll(DisclosureChecks.check(r));
        r.findings().addAll(0, fresh);
        return r;
    }

    static void missingTables(AnnualReport r, List<Finding> out) {
        for (String t : List.of(Layouts.PROACTIVE, Layouts.REQUESTS, Layouts.REVIEWS)) {
            if (r.table(t) == null) {
                out.add(new Finding(Finding.MISSING_TABLE, t, "缺少" + Labels.tableTitle(t) + "表格"));
            }
        }
    }

    static void templateFitsYear(AnnualReport r, List<Finding> out) {
        if (r.template() != null && r.year() != null && r.template() != Template.forYear(r.year())) {
            out.add(new Finding(
                    Finding.TEMPLATE_MISMATCH,
                    "template",
                    r.year() + "年度报告应使用" + Labels.templateName(Template.forYear(r.year())) + "，实际使用"
                            + Labels.templateName(r.template())));
        }
    }

    /** row_sum, column_sum and balance of a requests table. */
    public static void requests(Grid g, List<Finding> out) {
        requests(g, p -> false, out);
    }

    /** As {@link #requests(Grid, List)}, skipping every sum that involves an {@code unknown} cell (by path). */
    public static void requests(Grid g, Predicate<String> unknown, List<Finding> out) {
        for (String row : g.rowKeys()) {
            if (anyUnknown(unknown, "requests", List.of(row), Layouts.APPLICANT_COLUMNS)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String c : Layouts.APPLICANT_PARTS) {
                sum = sum.add(g.get(row, c));
            }
            BigDecimal total = g.get(row, "total");
            if (sum.compareTo(total) != 0) {
                out.add(new Finding(
                        Finding.ROW_SUM,
                        "requests." + row + ".*",
                        Labels.requestRow(row) + "：各类申请人之和为" + plain(sum) + "，总计为" + plain(total)));
            }
        }
        List<String> outcomes = outcomeRows(g);
        List<String> outcomesAndTotal = new ArrayList<>(outcomes);
        outcomesAndTotal.add("total");
        for (String c : Layouts.APPLICANT_COLUMNS) {
            if (anyUnknown(unknown, "requests", outcomesAndTotal, List.of(c))) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String row : outcomes) {
                sum = sum.add(g.get(row, c));
            }
            BigDecimal total = g.get("total", c);
            if (sum.compareTo(total) != 0) {
                out.add(new Finding(
                        Finding.COLUMN_SUM,
                        "requests.*." + c,
                        Labels.applicantColumn(c) + "列：各项办理结果之和为" + plain(sum) + "，（七）总计为" + plain(total)));
            }
        }
        for (String c : Layouts.APPLICANT_COLUMNS) {
            if (anyUnknown(unknown, "requests", BALANCE_ROWS, List.of(c))) {
                continue;
            }
            BigDecimal in = g.get("new_received", c).add(g.get("carried_over", c));
            BigDecimal done = g.get("total", c).add(g.get("carried_forward", c));
            if (in.compareTo(done) != 0) {
                out.add(new Finding(
                        Finding.BALANCE,
                        "requests.*." + c,
                        Labels.applicantColumn(c) + "列：新收加上年结转为" + plain(in) + "，办结加结转下年为" + plain(done)));
            }
        }
    }

    /** The outcome rows (granted … last other*) of a requests grid, whatever its format. */
    public static List<String> outcomeRows(Grid g) {
        List<String> rows = g.rowKeys();
        return rows.subList(rows.indexOf("granted"), rows.indexOf("total"));
    }

    /** review_sum of a reviews table. */
    public static void reviews(Grid g, List<Finding> out) {
        reviews(g, p -> false, out);
    }

    /** As {@link #reviews(Grid, List)}, skipping rows with an {@code unknown} cell. */
    public static void reviews(Grid g, Predicate<String> unknown, List<Finding> out) {
        for (String row : g.rowKeys()) {
            if (anyUnknown(unknown, "reviews", List.of(row), Layouts.REVIEW_COLUMNS)) {
                continue;
            }
            BigDecimal sum = g.get(row, "upheld")
                    .add(g.get(row, "corrected"))
                    .add(g.get(row, "other"))
                    .add(g.get(row, "pending"));
            BigDecimal total = g.get(row, "total");
            if (sum.compareTo(total) != 0) {
                out.add(new Finding(
                        Finding.REVIEW_SUM,
                        "reviews." + row + ".*",
                        Labels.reviewRow(row) + "：维持、纠正、其他、尚未审结之和为" + plain(sum) + "，总计为" + plain(total)));
            }
        }
    }

    /**
     * carry_over_mismatch between two reports of one unit: {@code previous}'s carried_forward against
     * {@code current}'s carried_over, per column. Empty unless the units match and the years are consecutive.
     */
    public static List<Finding> carryOver(AnnualReport previous, AnnualReport current) {
        List<Finding> out = new ArrayList<>();
        if (previous.requests() == null
                || current.requests() == null
                || previous.year() == null
                || current.year() == null
                || current.year() != previous.year() + 1
                || !sameUnit(previous.unit(), current.unit())) {
            return out;
        }
        for (String c : Layouts.APPLICANT_COLUMNS) {
            BigDecimal was = previous.requests().get("carried_forward", c);
            BigDecimal now = current.requests().get("carried_over", c);
            if (was.compareTo(now) != 0) {
                out.add(new Finding(
                        Finding.CARRY_OVER_MISMATCH,
                        "requests.carried_over." + c,
                        Labels.applicantColumn(c) + "列：" + previous.year() + "年结转下年度" + plain(was) + "，"
                                + current.year() + "年上年结转" + plain(now)));
            }
        }
        return out;
    }

    /**
     * Adds carry_over_mismatch findings to every report whose unit also reported the year before in
     * {@code reports}. Returns the number of findings added.
     */
    public static int checkSeries(List<AnnualReport> reports) {
        Map<String, List<AnnualReport>> byUnit = new LinkedHashMap<>();
        for (AnnualReport r : reports) {
            if (r.unit() != null && r.year() != null) {
                byUnit.computeIfAbsent(normalUnit(r.unit()), k -> new ArrayList<>())
                        .add(r);
            }
        }
        int added = 0;
        for (List<AnnualReport> series : byUnit.values()) {
            series.sort(Comparator.comparing(AnnualReport::year));
            for (int i = 1; i < series.size(); i++) {
                List<Finding> f = carryOver(series.get(i - 1), series.get(i));
                series.get(i).findings().addAll(f);
                added += f.size();
                series.get(i).findings().addAll(jumps(series.get(i - 1), series.get(i)));
            }
        }
        return added;
    }

    private static final List<String> BALANCE_ROWS =
            List.of("new_received", "carried_over", "total", "carried_forward");

    private static boolean anyUnknown(Predicate<String> unknown, String table, List<String> rows, List<String> cols) {
        for (String row : rows) {
            for (String c : cols) {
                if (unknown.test(table + "." + row + "." + c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The table totals watched from year to year: path → label. */
    private static final Map<String, String> WATCHED = new LinkedHashMap<>();

    static {
        WATCHED.put("requests.new_received.total", "本年新收政府信息公开申请数量");
        WATCHED.put("requests.total.total", "办理结果总计");
        WATCHED.put("reviews.reconsideration.total", "行政复议总计");
        WATCHED.put("reviews.litigation_direct.total", "未经复议直接起诉总计");
    }

    /**
     * year_on_year_jump between two reports of one unit in consecutive years: a watched table total that
     * changes more than tenfold, or falls to zero from above 50.
     */
    public static List<Finding> jumps(AnnualReport previous, AnnualReport current) {
        List<Finding> out = new ArrayList<>();
        if (previous.year() == null
                || current.year() == null
                || current.year() != previous.year() + 1
                || !sameUnit(previous.unit(), current.unit())) {
            return out;
        }
        for (Map.Entry<String, String> w : WATCHED.entrySet()) {
            String[] p = w.getKey().split("\\.");
            Grid a = previous.table(p[0]);
            Grid b = current.table(p[0]);
            if (a == null || b == null || previous.unknown(w.getKey()) || current.unknown(w.getKey())) {
                continue;
            }
            long was = a.count(p[1], p[2]);
            long now = b.count(p[1], p[2]);
            boolean jump = was > 0 && now > 10 * was || now > 0 && was > 10 * now || was > 50 && now == 0;
            if (jump) {
                out.add(new Finding(
                        Finding.YEAR_ON_YEAR_JUMP,
                        w.getKey(),
                        w.getValue() + "：" + previous.year() + "年" + was + "，" + current.year() + "年" + now));
            }
        }
        return out;
    }

    static boolean sameUnit(String a, String b) {
        return a != null && b != null && normalUnit(a).equals(normalUnit(b));
    }

    private static String normalUnit(String u) {
        return u.replaceAll("\\s+", "");
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
