package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.stereotype.Service;

/**
 * Every check a report must pass before publication: the contract's checks (row_sum, column_sum, balance,
 * review_sum, missing_table, template_mismatch), the carry-over against the previous year's published report
 * (the platform's own, else an imported one), replies without a recognised outcome, for a government every
 * unit approved, and for frozen figures that the records still give them. Each finding's {@code where} names the cells, which the console links to their cases.
 */
@Service
public class ReportFindings {

    public static final String UNCLASSIFIED_OUTCOME = "unclassified_outcome";
    public static final String UNITS_NOT_APPROVED = "units_not_approved";
    public static final String CHANGED_SINCE_FROZEN = "changed_since_frozen";
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
            out.add(new Finding(
                    UNCLASSIFIED_OUTCOME,
                    "requests.unclassified.total",
                    "本年有 " + figures.unclassifiedReplies() + " 件申请已答复但办理结果不属于任何一行，未计入“三”各行"));
        }
        return out;
    }

    /** The previous year's published report of the unit: the platform's own, else an imported one. */
    public Optional<AnnualReport> previous(String unitCode, int year) {
        return reports.currentSnapshot(unitCode, year - 1, ReportRepository.SnapshotKind.PUBLISHED)
                .or(() -> reports.currentSnapshot(unitCode, year - 1, ReportRepository.SnapshotKind.IMPORTED))
                .map(s -> ReportJson.read(s.json()));
    }

    /**
     * Cells of sections 3 and 4 where the records now differ from the frozen figures: a record counted in a locked
     * year was changed without a reopening. Blocks publication; on a published report it tells staff to reopen.
     */
    public static List<Finding> changedSinceFrozen(AnnualReport frozen, AnnualReport live) {
        List<Finding> out = new ArrayList<>();
        for (String table : List.of("requests", "reviews")) {
            Grid was = frozen.table(table);
            Grid now = live.table(table);
            if (was == null || now == null) {
                continue;
            }
            for (String row : was.rowKeys()) {
                for (String col : was.columns(row)) {
                    if (now.layout().hasRow(row) && was.get(row, col).compareTo(now.get(row, col)) != 0) {
                        out.add(new Finding(
                                CHANGED_SINCE_FROZEN,
                                table + "." + row + "." + col,
                                "冻结时为 "
                                        + was.get(row, col).toPlainString() + "，现有记录为 "
                                        + now.get(row, col).toPlainString()
                                        + "：计入该年度的记录在锁定后被修改，须重新开放或更正记录"));
                    }
                }
            }
        }
        return out;
    }

    public static Finding unitsNotApproved(List<String> names) {
        return new Finding(UNITS_NOT_APPROVED, "units", "以下单位的年度报告尚未审核通过：" + String.join("、", names));
    }
}
