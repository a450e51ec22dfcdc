package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;

/**
 * The statutory reply clock of one case (条例 art. 33): it starts on the receipt day (or the day a corrected
 * application is received), runs 20 working days, pauses while a third party or agency is consulted or a fee
 * notice is out, and may be extended once. The due date is the (20 + paused + extension)th working day after
 * the start. When that reaches a year with no loaded calendar, the due date is provisional, reckoned on the
 * statutory holidays and weekends ({@link WorkingCalendar#reckonWorkingDays}), and {@code missingYear} names the
 * year whose notice would make it exact: it is never blank and never shown as certain. A pause whose working days
 * reach such a year is counted the same way and kept in {@code provisionalPauses}, to be counted again when the
 * notice is loaded.
 */
public record ReplyClock(
        LocalDate start,
        int pausedDays,
        int extensionDays,
        LocalDate pausedSince,
        LocalDate dueDate,
        Integer missingYear,
        List<Pause> provisionalPauses) {

    /** A pause whose {@code days} (working days in (from, to]) were counted on the statutory holidays. */
    public record Pause(LocalDate from, LocalDate to, int days) {}

    public ReplyClock {
        provisionalPauses = provisionalPauses == null ? List.of() : List.copyOf(provisionalPauses);
    }

    public static ReplyClock startingOn(LocalDate start, WorkingCalendar calendar) {
        return new ReplyClock(start, 0, 0, null, null, null, List.of()).recomputed(calendar);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public ReplyClock pausedOn(LocalDate day) {
        return new ReplyClock(start, pausedDays, extensionDays, day, dueDate, missingYear, provisionalPauses);
    }

    /**
     * Resumes; the working days after the pause day up to and including {@code day} are not counted. A pause
     * reaching a year without its notice is counted provisionally and remembered, never refused.
     */
    public ReplyClock resumedOn(LocalDate day, WorkingCalendar calendar) {
        WorkingCalendar.Count paused = calendar.reckonWorkingDaysBetween(pausedSince, day);
        List<Pause> pauses = new ArrayList<>(provisionalPauses);
        if (paused.provisional()) {
            pauses.add(new Pause(pausedSince, day, paused.days()));
        }
        return new ReplyClock(start, pausedDays + paused.days(), extensionDays, null, dueDate, missingYear, pauses)
                .recomputed(calendar);
    }

    public ReplyClock extendedBy(int days, WorkingCalendar calendar) {
        return new ReplyClock(
                        start, pausedDays, extensionDays + days, pausedSince, dueDate, missingYear, provisionalPauses)
                .recomputed(calendar);
    }

    /**
     * Computes the due date again, e.g. after an administrator loaded the missing year's calendar: the pauses
     * counted provisionally are counted again first.
     */
    public ReplyClock recomputed(WorkingCalendar calendar) {
        int paused = pausedDays;
        List<Pause> stillProvisional = new ArrayList<>();
        for (Pause p : provisionalPauses) {
            WorkingCalendar.Count again = calendar.reckonWorkingDaysBetween(p.from(), p.to());
            paused += again.days() - p.days();
            if (again.provisional()) {
                stillProvisional.add(new Pause(p.from(), p.to(), again.days()));
            }
        }
        int days = StatutoryPeriods.REPLY + paused + extensionDays;
        try {
            LocalDate due = calendar.plusWorkingDays(start, days);
            return new ReplyClock(start, paused, extensionDays, pausedSince, due, null, stillProvisional);
        } catch (MissingCalendarYearException e) {
            WorkingCalendar.Reckoning provisional = calendar.reckonWorkingDays(start, days);
            return new ReplyClock(
                    start,
                    paused,
                    extensionDays,
                    pausedSince,
                    provisional.date(),
                    provisional.missingYear(),
                    stillProvisional);
        }
    }

    /** The due date is reckoned past the loaded calendar and may move when that year's notice is loaded. */
    public boolean provisional() {
        return missingYear != null;
    }

    /** The due date as a letter may state it: only when it is certain. */
    public LocalDate certainDueDate() {
        return provisional() ? null : dueDate;
    }

    /** Working days the due date lies after the start: the statutory 20, the paused days and the extension. */
    public int workingDaysCounted() {
        return StatutoryPeriods.REPLY + pausedDays + extensionDays;
    }
}
