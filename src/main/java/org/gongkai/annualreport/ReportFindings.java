package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.stereotype.Service;

/**
 * Every check a report must pass before publication: the contract's checks (row_sum, column_sum, balance,
 * review_sum, missing_table, template_mismatch), the carry-over against the previous year's published report
 * (the platform's own, else an imported one), replies without a recognised outcome, and for a government every
 * unit approved. Each finding's {@code where} names the cells, which the console links to their cases.
 */
@Service
public class ReportFindings {

    public static final String UNCLASSIFIED_OUTCOME = "unclassified_outcome";
    public static final String UNITS_NOT_APPROVED = "units_not_approved";
    private final ReportRepository reports;

    public ReportFindings(ReportRepository reports) {
        this.reports = reports;
    }

    /** Checks a report of {@code unitCode}; {@code figures} (may be null for a frozen report) adds data checks. */
    public List<Finding> check(String unitCode, AnnualReport report, UnitFigures figures) {
        List<Finding> out = new ArrayList<>(ReportChecks.check(report));
        previous(unitCode, report.year()).ifPresent(prev -> {
            prev.unit(report.unit());
            out.addAll(ReportChecks.carryOver(prev, report));
        });
        if (figures != null && figures.unclassifiedReplies() > 0) {
            out.add(new Finding(UNCLASSIFIED_OUTCOME, "requests.unclassified.total", "本年有 "
                    + figures.unclassifiedReplies() + " 件申请已答复但办理结果不属于任何一行，未计入“三”各行"));
        }
        return out;
    }

    /** The previous year's published report of the unit: the platform's own, else an imported one. */
    public Optional<AnnualReport> previous(String unitCode, int year) {
        return reports.currentSnapshot(unitCode, year - 1, ReportRepository.SnapshotKind.PUBLISHED)
                .or(() -> reports.currentSnapshot(unitCode, year - 1, ReportRepository.SnapshotKind.IMPORTED))
                .map(s -> ReportJson.read(s.json()));
    }

    public static Finding unitsNotApproved(List<String> names) {
        return new Finding(UNITS_NOT_APPROVED, "units", "以下单位的年度报告尚未审核通过：" + String.join("、", names));
    }
}
