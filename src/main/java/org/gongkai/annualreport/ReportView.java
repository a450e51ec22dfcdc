package org.gongkai.annualreport;

import java.util.List;
import org.gongkai.org.Unit;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;

/**
 * One unit-year report as staff see it: its sign-off record, the report (frozen once submitted, else computed
 * live), the failed checks, the text of sections 1, 5 and 6 (the platform's draft where staff wrote none yet),
 * the previous year's published report if any, and the fees paid.
 */
public record ReportView(
        Unit unit,
        ReportRecord record,
        AnnualReport report,
        List<Finding> findings,
        String overview,
        String problems,
        String otherMatters,
        AnnualReport previous,
        boolean live,
        boolean government) {

    public boolean publishable() {
        return findings.isEmpty();
    }
}
