package org.gongkai.org;

/** Staff roles. */
public enum Role {
    /** System administrator: accounts, units, calendars. */
    ADMIN,
    /** Disclosure-office reviewer: sees and approves across the government's units. */
    REVIEWER,
    /** Unit handler: own unit only. */
    HANDLER,
    /** Read-only auditor across the government. */
    AUDITOR;

    public boolean seesWholeGovernment() {
        return this != HANDLER;
    }
}
