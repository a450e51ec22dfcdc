package org.gongkai.supervision;

import java.util.Set;

/** A rectification task: open → answered by the unit → accepted, or returned to the unit to answer again. */
public enum TaskStatus {
    OPEN,
    ANSWERED,
    RETURNED,
    ACCEPTED;

    /** Waiting for the unit: overdue once past the deadline. */
    public static final Set<TaskStatus> WITH_UNIT = Set.of(OPEN, RETURNED);
}
