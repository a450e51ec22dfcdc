package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;

/**
 * Lays raw figures out in the national format of the year (ogi-rules §2, §5): 2019 format for 2019–2020 (the
 * three 其他处理 rows collapse into {@code other}), 2021 format from 2021. Totals are sums, so the tables are
 * consistent by construction; the checks then guard the data behind them.
 */
public final class ReportAssembler {

    private ReportAssembler() {}

    public static AnnualReport assemble(String unitName, int year, UnitFigures f) {
        Template t = Template.forYear(year);
        AnnualReport r = AnnualReport.blank(t).unit(unitName).year(year);
        r.requests(requests(t, f));
        r.reviews(reviews(f));
        r.proactive(proactive(t, f));
        return r;
    }

    private static Grid requests(Template t, UnitFigures f) {
        Grid g = new Grid(Layouts.requests(t));
        List<String> parts = Layouts.APPLICANT_PARTS;
        for (int c = 0; c < parts.size(); c++) {
            g.set("new_received", parts.get(c), f.application("new_received", parts.get(c)));
            g.set("carried_over", parts.get(c), f.application("carried_over", parts.get(c)));
            g.set("carried_forward", parts.get(c), f.application("carried_forward", parts.get(c)));
            long replied = 0;
            for (String row : Layouts.outcomeRows(Template.T2021)) {
                long v = f.application(row, parts.get(c));
                replied += v;
                String target = t == Template.T2019 && Layouts.OTHER_2021.contains(row) ? "other" : row;
                g.set(target, parts.get(c), g.get(target, parts.get(c)).add(BigDecimal.valueOf(v)));
            }
            g.set("total", parts.get(c), replied);
        }
        for (String row : g.rowKeys()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String c : parts) {
                sum = sum.add(g.get(row, c));
            }
            g.set(row, "total", sum);
        }
        return g;
    }

    private static Grid reviews(UnitFigures f) {
        Grid g = new Grid(Layouts.reviews());
        for (ReviewStage s : ReviewStage.values()) {
            long total = 0;
            for (ReviewResult res : ReviewResult.values()) {
                long v = f.reviews().get(s.key(), res.key());
                g.set(s.key(), res.key(), v);
                total += v;
            }
            g.set(s.key(), "total", total);
        }
        return g;
    }

    private static Grid proactive(Template t, UnitFigures f) {
        Grid g = new Grid(Layouts.proactive(t));
        for (Map.Entry<String, Map<String, Long>> row : f.register().cells().entrySet()) {
            if (g.layout().hasRow(row.getKey())) {
                row.getValue().forEach((col, v) -> g.set(row.getKey(), col, v));
            }
        }
        AdminStatistics now = f.statistics();
        AdminStatistics last = f.statisticsLastYear();
        if (t == Template.T2019) {
            items(g, "licensing", last.licensingItems(), now.licensingItems(), now.licensingDecisions());
            items(
                    g,
                    "other_services",
                    last.otherServicesItems(),
                    now.otherServicesItems(),
                    now.otherServicesDecisions());
            items(g, "penalty", last.penaltyItems(), now.penaltyItems(), now.penaltyDecisions());
            items(g, "coercion", last.coercionItems(), now.coercionItems(), now.coercionDecisions());
            g.set("fees", "items_last_year", last.feeItems());
            g.set("fees", "change", now.feeItems() - last.feeItems());
            g.set("procurement", "projects", now.procurementProjects());
            g.set("procurement", "amount_10k_yuan", now.procurement10k());
        } else {
            g.set("licensing", "decisions", now.licensingDecisions());
            g.set("penalty", "decisions", now.penaltyDecisions());
            g.set("coercion", "decisions", now.coercionDecisions());
            g.set("fees", "amount_10k_yuan", now.feeAmount10k());
        }
        return g;
    }

    private static void items(Grid g, String row, long lastYear, long thisYear, long decisions) {
        g.set(row, "items_last_year", lastYear);
        g.set(row, "change", thisYear - lastYear);
        g.set(row, "decisions", decisions);
    }
}
