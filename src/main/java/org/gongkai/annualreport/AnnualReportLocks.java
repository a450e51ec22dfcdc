package org.gongkai.annualreport;

import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.springframework.stereotype.Service;

/**
 * A unit-year is locked from the moment its report is submitted (its figures are frozen for review) until it is
 * returned, and once published until the disclosure office records a reopening. The government's report sums
 * its units' approved (hence locked) figures. Modules that change records counted in a year ask
 * {@link #isLocked} first.
 */
@Service
public class AnnualReportLocks implements ReportingPeriodLocks {

    private final ReportRepository reports;

    public AnnualReportLocks(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public boolean isLocked(String unitCode, int year) {
        return reports.lockedStatusExists(unitCode, year);
    }
}
