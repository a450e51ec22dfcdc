package org.gongkai.platform.periods;

/**
 * Whether a unit's reporting year is locked because its annual report has been published. Modules whose
 * records feed the annual report (applications, review cases) ask before changing a record that counts in a
 * year; a locked year must be reopened (recorded, with a reason) by the disclosure office first. The annual
 * report module implements this ({@code org.gongkai.annualreport.AnnualReportLocks}); it lives here so that
 * callers do not depend on the annual report module (which reads their records).
 */
public interface ReportingPeriodLocks {

    boolean isLocked(String unitCode, int year);
}
