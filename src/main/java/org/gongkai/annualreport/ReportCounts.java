package org.gongkai.annualreport;

import java.util.Map;
import java.util.Set;

/** How many reports of these units are in a status, per unit. */
public interface ReportCounts {

    Map<String, Long> byUnit(Set<String> units, ReportStatus status);
}
