package org.gongkai.requests;

import java.util.Set;

/** Where an application stands in the statutory path. */
public enum Status {
    /** Internet, fax or email submission that no handler has confirmed yet: no receipt date, no clock. */
    AWAITING_CONFIRMATION,
    /** Received; the 20-working-day clock runs. */
    REGISTERED,
    /** The applicant was asked to correct the application; the clock restarts on the corrected one. */
    CORRECTION_REQUESTED,
    /** A third party or another agency is consulted; the clock pauses. */
    CONSULTATION,
    /** The reply period was extended once, with a reviewer's approval. */
    EXTENDED,
    /** A fee notice is out; the clock pauses until payment. */
    FEE_NOTICE,
    /** Answered with one outcome and a reply letter. */
    REPLIED,
    /** Closed without a reply: correction or fee period ran out (其他处理 1 and 2). */
    CLOSED,
    /** Filed. */
    ARCHIVED;

    public static final Set<Status> OPEN =
            Set.of(AWAITING_CONFIRMATION, REGISTERED, CORRECTION_REQUESTED, CONSULTATION, EXTENDED, FEE_NOTICE);

    /** States in which the agency's reply clock is running. */
    public static final Set<Status> CLOCK_RUNNING = Set.of(REGISTERED, EXTENDED);

    /** States in which a case has a due date (running or paused), so a missing calendar year matters. */
    public static final Set<Status> DUE_DATE_KEPT = Set.of(REGISTERED, EXTENDED, CONSULTATION, FEE_NOTICE);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
