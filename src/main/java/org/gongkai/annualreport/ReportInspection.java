package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** What the disclosure office's self-inspection and assessment read about annual reports. */
public interface ReportInspection {

    /** A unit's report for a year: its status and the day it was published (null while unpublished). */
    record ReportState(String unitCode, int year, ReportStatus status, LocalDate publishedOn) {}

    /** The reports of these units for the year; a unit without a report is absent. */
    List<ReportState> reports(Collection<String> units, int year);
}
