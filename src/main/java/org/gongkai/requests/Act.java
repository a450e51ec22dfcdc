package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.org.StaffMember;

/**
 * Who performs a step, when (the instant, and the legal date it counts on) and why. The applicant acts without a
 * staff member.
 */
public record Act(String actor, StaffMember staff, Instant at, LocalDate on, String reason) {

    public static final String APPLICANT = "applicant";

    public static Act by(StaffMember staff, Clock clock, String reason) {
        return new Act(staff.username(), staff, clock.instant(), LocalDate.now(clock), reason);
    }

    public static Act applicant(Clock clock) {
        return new Act(APPLICANT, null, clock.instant(), LocalDate.now(clock), null);
    }

    /** The same actor on another legal date (e.g. a receipt date entered by staff, or a demo history). */
    public Act on(LocalDate date) {
        return new Act(actor, staff, at, date, reason);
    }

    public Act because(String why) {
        return new Act(actor, staff, at, on, why);
    }
}
