package org.gongkai.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.org.StaffMember;

/** Who takes a sign-off step, when (the instant and the date it counts on) and why. */
public record SignOffAct(StaffMember staff, Instant at, LocalDate on, String reason) {

    public static SignOffAct by(StaffMember staff, Clock clock) {
        return new SignOffAct(staff, clock.instant(), LocalDate.now(clock), null);
    }

    public SignOffAct on(LocalDate date) {
        return new SignOffAct(staff, at, date, reason);
    }

    /** The same act with a reason; blank text counts as none. */
    public SignOffAct because(String why) {
        return new SignOffAct(staff, at, on, why == null || why.isBlank() ? null : why.strip());
    }

    String actor() {
        return staff.username();
    }
}
