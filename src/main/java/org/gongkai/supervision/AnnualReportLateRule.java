package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.annualreport.ReportInspection;
import org.gongkai.annualreport.ReportInspection.ReportState;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Annual reports not published by their statutory date (条例 art. 49): a unit's by 31 January, a government's by
 * 31 March of the following year. Judged for the last full year once its date has passed.
 */
@Component
class AnnualReportLateRule implements SelfInspectionRule {

    private final ReportInspection reports;
    private final UnitDirectory units;

    AnnualReportLateRule(ReportInspection reports, UnitDirectory units) {
        this.reports = reports;
        this.units = units;
    }

    @Override
    public String code() {
        return "annual-report-late";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    static LocalDate deadline(Unit unit, int year) {
        return unit.isRoot() ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        int year = scope.today().getYear() - 1;
        Map<String, ReportState> byUnit = reports.reports(scope.units(), year).stream()
                .collect(Collectors.toMap(ReportState::unitCode, Function.identity()));
        List<Detection> out = new ArrayList<>();
        for (Unit u : units.all()) {
            if (!scope.units().contains(u.code()) || !u.active()) {
                continue;
            }
            LocalDate due = deadline(u, year);
            ReportState r = byUnit.get(u.code());
            LocalDate published = r == null ? null : r.publishedOn();
            if (scope.today().isAfter(due) && (published == null || published.isAfter(due))) {
                out.add(Detection.of(
                        u.code(),
                        "report:" + year,
                        Evidence.report(u.code(), year),
                        year,
                        due.toString(),
                        published == null ? 0 : 1,
                        published == null ? "" : published.toString()));
            }
        }
        return out;
    }
}
