package org.gongkai.supervision;

import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.annualreport.PublishedReportChecks;
import org.gongkai.reportmodel.Finding;
import org.springframework.stereotype.Component;

/**
 * Published annual reports failing their checks (条例 art. 50 and the national template): the annual report
 * module's checks run again on each unit's published report, one finding per failing report with the failed checks
 * as its evidence; resolved when the report is corrected (or the disagreeing record put right).
 */
@Component
class AnnualReportChecksRule implements SelfInspectionRule {

    static final int SHOWN = 5;
    private final PublishedReportChecks reports;

    AnnualReportChecksRule(PublishedReportChecks reports) {
        this.reports = reports;
    }

    @Override
    public String code() {
        return "annual-report-checks";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return reports.failing(scope.units()).stream()
                .map(r -> Detection.of(
                        r.unitCode(),
                        "report-checks:" + r.year(),
                        Evidence.report(r.unitCode(), r.year()),
                        r.year(),
                        r.failed().size(),
                        r.failed().stream()
                                .limit(SHOWN)
                                .map(AnnualReportChecksRule::describe)
                                .collect(Collectors.joining("；")),
                        r.failed().size() > SHOWN ? 1 : 0))
                .toList();
    }

    private static String describe(Finding f) {
        return f.where() + " " + f.message();
    }
}
