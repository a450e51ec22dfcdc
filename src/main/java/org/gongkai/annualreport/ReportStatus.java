package org.gongkai.annualreport;

import java.util.Set;

/** Sign-off of one unit-year report: draft → submitted → returned (with comments) or approved → published. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED;

    /** Figures frozen for review or publication: the records counted in the year may not change. */
    public static final Set<ReportStatus> LOCKING = Set.of(SUBMITTED, APPROVED, PUBLISHED);

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean locks() {
        return LOCKING.contains(this);
    }
}
