package org.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** One step in a finding's history: detected, resolved, reopened (found again), recorded by an inspector. */
public record FindingEvent(long findingId, LocalDate onDate, Instant at, String actor, String action, String detail) {

    public static final String DETECTED = "DETECTED";
    public static final String RESOLVED = "RESOLVED";
    public static final String REOPENED = "REOPENED";
    public static final String RECORDED = "RECORDED";
}
