package org.gongkai.supervision;

/** Recorded supervision work: training sessions, guidance visits to units, accountability (问责) cases. */
public enum ActivityKind {
    TRAINING,
    GUIDANCE,
    ACCOUNTABILITY
}
