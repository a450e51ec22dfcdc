package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Template;
import org.gongkai.requests.RequestStatistics.FeesPaid;

/**
 * The platform's first draft of the text sections (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项),
 * written from the numbers (totals, change on the previous year, outcomes, reviews and fees) into the templates
 * {@code templates/annualreport/draft-*.txt} with the bundle's wording. Staff edit it.
 */
public final class DraftWriter {

    private DraftWriter() {}

    public static String overview(AnnualReport r, AnnualReport previous) {
        return overview(r, previous, List.of());
    }

    /**
     * Section 1: the applications paragraph, then one paragraph per group of the year's figures that other modules
     * record ({@link SectionOneFigures}), each figure with its change on the previous year.
     */
    public static String overview(AnnualReport r, AnnualReport previous, List<String> figures) {
        Grid q = r.requests();
        Grid v = r.reviews();
        long received = q.count("new_received", "total");
        Map<String, Object> vars = new HashMap<>();
        vars.put("year", r.year());
        vars.put("unit", r.unit());
        vars.put("received", received);
        vars.put(
                "change",
                previous != null && previous.requests() != null
                        ? Change.of(received, previous.requests().count("new_received", "total"))
                        : null);
        vars.put("carriedOver", q.count("carried_over", "total"));
        vars.put("replied", q.count("total", "total"));
        vars.put("granted", q.count("granted", "total"));
        vars.put("partiallyGranted", q.count("partially_granted", "total"));
        vars.put("carriedForward", q.count("carried_forward", "total"));
        vars.put("reconsiderations", v.count("reconsideration", "total"));
        vars.put("suits", v.count("litigation_direct", "total") + v.count("litigation_after_reconsideration", "total"));
        vars.put("corrected", corrected(v));
        String made = r.template() == Template.T2019 ? "new_made" : "made";
        vars.put("normativeMade", r.proactive().count("normative_documents", made));
        vars.put("paragraphs", figures);
        return ReportText.text("draft-overview", vars);
    }

    public static String problems(AnnualReport r) {
        long corrected = corrected(r.reviews());
        long open = r.requests().count("carried_forward", "total");
        Map<String, Object> vars = new HashMap<>();
        vars.put("corrected", corrected > 0 ? corrected : null);
        vars.put("open", open > 0 ? open : null);
        return ReportText.text("draft-problems", vars);
    }

    /** Section 6; in the 2021 format it must state the information-processing fees charged. */
    public static String otherMatters(AnnualReport r, FeesPaid fees) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("fees", r.template() == Template.T2021 ? fees : null);
        return ReportText.text("draft-other-matters", vars);
    }

    private static long corrected(Grid v) {
        return v.count("reconsideration", "corrected")
                + v.count("litigation_direct", "corrected")
                + v.count("litigation_after_reconsideration", "corrected");
    }

    /** The change on last year as a bundle key and its numbers. */
    public record Change(String key, long diff, String percent) {

        static Change of(long now, long before) {
            if (before == 0) {
                return new Change(
                        now == 0 ? "annualreport.draft.change.same" : "annualreport.draft.change.from-zero", 0, "");
            }
            long diff = now - before;
            if (diff == 0) {
                return new Change("annualreport.draft.change.same", 0, "");
            }
            BigDecimal pct = BigDecimal.valueOf(Math.abs(diff) * 100L)
                    .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
            return new Change(
                    diff > 0 ? "annualreport.draft.change.up" : "annualreport.draft.change.down",
                    Math.abs(diff),
                    pct.toPlainString());
        }
    }
}
