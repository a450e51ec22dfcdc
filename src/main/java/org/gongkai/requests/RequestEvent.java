package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded step of a case: who did what, when (the instant and the legal date it counts on), from which state
 * to which, and why.
 */
public record RequestEvent(
        String action,
        String actor,
        Instant at,
        LocalDate onDate,
        Status from,
        Status to,
        String reason,
        String detail) {}
