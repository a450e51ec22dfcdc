package org.gongkai.reportmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of a published report beyond its tables' arithmetic that need only the model: numbers its text states
 * against its cells ({@code text_table_mismatch}) and the statutory publication date ({@code late_publication}).
 */
public final class DisclosureChecks {

    /** 条例 第四十九条: departments by 31 January, governments at or above county level by 31 March. */
    static final MonthDay DEPARTMENT_DEADLINE = MonthDay.of(1, 31);

    static final MonthDay GOVERNMENT_DEADLINE = MonthDay.of(3, 31);

    private static final Pattern GOVERNMENT = Pattern.compile(".*[省市县区州旗盟]人民政府$");
    private static final Pattern BELOW_COUNTY = Pattern.compile(".*(乡|镇|街道|苏木)人民政府$");

    private DisclosureChecks() {}

    /** Every finding of these checks for one report. */
    public static List<Finding> check(AnnualReport r) {
        List<Finding> out = new ArrayList<>();
        statements(r, out);
        late(r, out);
        return out;
    }

    static void statements(AnnualReport r, List<Finding> out) {
        for (Statement s : r.statements()) {
            String[] p = s.where().split("\\.");
            if (p.length != 3 || r.unknown(s.where())) {
                continue;
            }
            Grid g = r.table(p[0]);
            if (g == null || !g.layout().hasRow(p[1]) || !g.columns(p[1]).contains(p[2])) {
                continue;
            }
            BigDecimal cell = g.get(p[1], p[2]);
            if (cell.compareTo(s.value()) != 0) {
                out.add(new Finding(
                        Finding.TEXT_TABLE_MISMATCH,
                        s.where(),
                        "正文称「" + s.quote() + "」（" + ReportChecks.plain(s.value()) + "），表格"
                                + cellLabel(g, p[0], p[1], p[2]) + "为" + ReportChecks.plain(cell)));
            }
        }
    }

    private static String cellLabel(Grid g, String table, String row, String col) {
        return switch (table) {
            case Layouts.REQUESTS -> "「" + Labels.requestRow(row) + "·" + Labels.applicantColumn(col) + "」";
            case Layouts.REVIEWS -> "「" + Labels.reviewRow(row) + "·" + Labels.reviewColumn(col) + "」";
            default -> "「" + row + "·" + col + "」";
        };
    }

    /** The statutory last day for publishing the report on {@code year} by {@code unit}. */
    public static LocalDate deadline(String unit, int year) {
        boolean government = unit != null
                && GOVERNMENT.matcher(unit).matches()
                && !BELOW_COUNTY.matcher(unit).matches();
        return (government ? GOVERNMENT_DEADLINE : DEPARTMENT_DEADLINE).atYear(year + 1);
    }

    static void late(AnnualReport r, List<Finding> out) {
        if (r.year() == null) {
            return;
        }
        LocalDate deadline = deadline(r.unit(), r.year());
        LocalDate signed = r.published();
        LocalDate posted = r.posted();
        LocalDate when = signed != null && signed.isAfter(deadline)
                ? signed
                : posted != null && posted.isAfter(deadline) ? posted : null;
        if (when != null) {
            out.add(new Finding(
                    Finding.LATE_PUBLICATION,
                    when == signed ? "published" : "posted",
                    (when == signed ? "报告落款日期" : "网页发布日期") + when + "晚于法定期限" + deadline
                            + "（条例第四十九条：" + (deadline.getMonthValue() == 3 ? "县级以上人民政府3月31日前" : "政府部门1月31日前")
                            + "）"));
        }
    }
}
