package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.annualreport.ReportInspection;
import org.gongkai.org.UnitDirectory;
import org.gongkai.requests.RequestInspection;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStatistics;
import org.springframework.stereotype.Component;

/**
 * Occurrences per unit and source in a year, read from the platform's records: this module's findings and
 * rectification tasks, and through their modules' ports the applications, review cases and annual reports.
 */
@Component
class AssessmentRecords {

    private final FindingRepository findings;
    private final TaskRepository tasks;
    private final RequestInspection requests;
    private final ReviewStatistics reviews;
    private final ReportInspection reports;
    private final UnitDirectory units;

    AssessmentRecords(
            FindingRepository findings,
            TaskRepository tasks,
            RequestInspection requests,
            ReviewStatistics reviews,
            ReportInspection reports,
            UnitDirectory units) {
        this.findings = findings;
        this.tasks = tasks;
        this.requests = requests;
        this.reviews = reviews;
        this.reports = reports;
        this.units = units;
    }

    Map<String, Map<IndicatorSource, Long>> counts(Collection<String> unitCodes, int year, LocalDate today) {
        Map<String, Map<IndicatorSource, Long>> out = new HashMap<>();
        findings.detectedIn(unitCodes, year).forEach((unit, bySeverity) -> {
            add(out, unit, IndicatorSource.FINDINGS_SERIOUS, bySeverity[Severity.HIGH.ordinal()]);
            add(
                    out,
                    unit,
                    IndicatorSource.FINDINGS_OTHER,
                    bySeverity[Severity.MEDIUM.ordinal()] + bySeverity[Severity.LOW.ordinal()]);
        });
        requests.repliedLate(unitCodes, year).forEach((unit, n) -> add(out, unit, IndicatorSource.LATE_REPLIES, n));
        reviews.yearEndCounts(unitCodes, year).forEach((unit, cells) -> {
            long corrected = 0;
            for (long[] stage : cells) {
                corrected += stage[ReviewResult.CORRECTED.ordinal()];
            }
            add(out, unit, IndicatorSource.REVIEWS_CORRECTED, corrected);
        });
        Map<String, LocalDate> published = new HashMap<>();
        reports.reports(unitCodes, year - 1).forEach(r -> {
            if (r.publishedOn() != null) {
                published.put(r.unitCode(), r.publishedOn());
            }
        });
        for (String code : unitCodes) {
            units.find(code).ifPresent(u -> {
                LocalDate due = AnnualReportLateRule.deadline(u, year - 1);
                LocalDate on = published.get(code);
                boolean late = on == null ? !today.isBefore(due) : on.isAfter(due);
                add(out, code, IndicatorSource.REPORT_LATE, late ? 1 : 0);
            });
        }
        tasks.overdueIn(unitCodes, year, today)
                .forEach((unit, n) -> add(out, unit, IndicatorSource.RECTIFICATION_OVERDUE, n));
        return out;
    }

    private static void add(Map<String, Map<IndicatorSource, Long>> out, String unit, IndicatorSource s, long n) {
        if (n > 0) {
            out.computeIfAbsent(unit, u -> new HashMap<>()).merge(s, n, Long::sum);
        }
    }
}
