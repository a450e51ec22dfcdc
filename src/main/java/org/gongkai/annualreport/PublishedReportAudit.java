package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PublishedReportChecks} over the current published snapshots: the same checks as at publication
 * ({@link ReportFindings#check} and {@link ReportFindings#changedSinceFrozen}), so a report that passed then and
 * fails now (last year's report imported afterwards disagrees, records of the year changed) is named.
 */
@Service
class PublishedReportAudit implements PublishedReportChecks {

    private final ReportRepository reports;
    private final ReportFindings checks;
    private final AnnualReportCalculator calculator;

    PublishedReportAudit(ReportRepository reports, ReportFindings checks, AnnualReportCalculator calculator) {
        this.reports = reports;
        this.checks = checks;
        this.calculator = calculator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Failing> failing(Collection<String> units) {
        Set<String> scope = new HashSet<>(units);
        List<Failing> out = new ArrayList<>();
        for (ReportRepository.UnitYear uy : reports.publishedUnitYears()) {
            if (!scope.contains(uy.unitCode())) {
                continue;
            }
            reports.currentSnapshot(uy.unitCode(), uy.year(), ReportRepository.SnapshotKind.PUBLISHED)
                    .ifPresent(s -> {
                        AnnualReport published = ReportJson.read(s.json());
                        List<Finding> failed = new ArrayList<>(checks.check(uy.unitCode(), published, null));
                        failed.addAll(ReportFindings.changedSinceFrozen(
                                published,
                                calculator.compute(uy.unitCode(), uy.year()).report()));
                        if (!failed.isEmpty()) {
                            out.add(new Failing(uy.unitCode(), uy.year(), List.copyOf(failed)));
                        }
                    });
        }
        out.sort(Comparator.comparingInt(Failing::year).thenComparing(Failing::unitCode));
        return out;
    }
}
