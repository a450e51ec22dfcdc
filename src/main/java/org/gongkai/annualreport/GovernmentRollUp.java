package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.stereotype.Service;

/**
 * A unit's report computed live, and a government's report as the sum of its units' approved (frozen) figures
 * plus the government body's own records. Units not yet approved are named in a blocking finding.
 */
@Service
public class GovernmentRollUp {

    private final AnnualReportCalculator calculator;
    private final ReportFindings checks;
    private final ReportRepository repo;
    private final UnitDirectory units;

    public GovernmentRollUp(
            AnnualReportCalculator calculator, ReportFindings checks, ReportRepository repo, UnitDirectory units) {
        this.calculator = calculator;
        this.checks = checks;
        this.repo = repo;
        this.units = units;
    }

    AnnualReports.Frozen live(Unit unit, int year) {
        AnnualReportCalculator.Computation c = calculator.compute(unit.code(), year);
        c.report().findings().addAll(checks.check(unit.code(), c.report(), c.total()));
        return new AnnualReports.Frozen(c.report(), c.total().fees());
    }

    AnnualReports.Frozen rollUp(Unit government, int year) {
        AnnualReportCalculator.Computation own = calculator.computeOver(government, List.of(government.code()), year);
        AnnualReport sum = own.report();
        List<String> missing = new ArrayList<>();
        for (String code : calculator.scope(government)) {
            if (code.equals(government.code())) {
                continue;
            }
            ReportRecord rec = repo.find(code, year).orElse(null);
            if (rec == null || !rec.status().approved()) {
                missing.add(units.require(code).name());
            } else {
                add(sum, ReportJson.read(rec.frozenJson()));
            }
        }
        sum.findings().addAll(checks.check(government.code(), sum, own.total()));
        if (!missing.isEmpty()) {
            sum.findings().add(ReportFindings.unitsNotApproved(missing));
        }
        return new AnnualReports.Frozen(
                sum, calculator.compute(government.code(), year).total().fees());
    }

    /** Refuses to return or reopen a unit's report while its government's report for the year is frozen. */
    void requireGovernmentNotFrozen(String unitCode, int year) {
        Unit gov = units.governmentOf(unitCode);
        if (!gov.code().equals(unitCode)
                && repo.find(gov.code(), year).map(r -> r.status().locks()).orElse(false)) {
            throw new ConflictException("annualreport.error.government-frozen", gov.name(), year);
        }
    }

    /** Adds every cell of {@code from} into {@code into} (same format). */
    static void add(AnnualReport into, AnnualReport from) {
        for (String table : List.of("proactive", "requests", "reviews")) {
            Grid a = into.table(table);
            Grid b = from.table(table);
            if (a == null || b == null) {
                continue;
            }
            for (String row : a.rowKeys()) {
                if (!b.layout().hasRow(row)) {
                    continue;
                }
                for (String col : a.columns(row)) {
                    if (b.columns(row).contains(col)) {
                        a.set(row, col, a.get(row, col).add(b.get(row, col)));
                    }
                }
            }
        }
    }
}
