package org.gongkai.annualreport;

import java.util.Collection;
import java.util.List;
import org.gongkai.reportmodel.Finding;

/**
 * The checks a report passed before publication, run again on the published reports (for the disclosure office's
 * self-inspection): the tables' arithmetic and structure, the carry-over against the previous year's report (the
 * platform's own, else one imported later), and whether the records counted still give the frozen figures.
 */
public interface PublishedReportChecks {

    /** A published report of a unit for a year and the checks it now fails (never empty). */
    record Failing(String unitCode, int year, List<Finding> failed) {}

    /** The published reports of these units that fail a check, oldest year first. */
    List<Failing> failing(Collection<String> units);
}
