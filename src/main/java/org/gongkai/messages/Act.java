package org.gongkai.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.org.StaffMember;

/** Who takes a step and when (the instant, and the date it counts on); the sender acts without a staff member. */
public record Act(String actor, StaffMember staff, Instant at, LocalDate on) {

    public static final String SENDER = "sender";

    public static Act by(StaffMember staff, Clock clock) {
        return new Act(staff.username(), staff, clock.instant(), LocalDate.now(clock));
    }

    public static Act sender(Clock clock) {
        return new Act(SENDER, null, clock.instant(), LocalDate.now(clock));
    }

    /** The same actor on another date (a demo history). */
    public Act on(LocalDate date, Instant instant) {
        return new Act(actor, staff, instant, date);
    }
}
