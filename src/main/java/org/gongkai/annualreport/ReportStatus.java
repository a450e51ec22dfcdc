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

    /** Approved by the disclosure office (and perhaps published): counted in the government's report. */
    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }

    public boolean returned() {
        return this == RETURNED;
    }

    /** Bundle key of the state's name. */
    public String messageKey() {
        return "annualreport.status." + name();
    }
}
