package org.gongkai.requests;

import java.time.LocalDate;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;

/**
 * The statutory reply clock of one case (条例 art. 33): it starts on the receipt day (or the day a corrected
 * application is received), runs 20 working days, pauses while a third party or agency is consulted or a fee
 * notice is out, and may be extended once. The due date is the (20 + paused + extension)th working day after
 * the start. When that reaches a year with no loaded calendar, the due date is provisional, reckoned on the
 * statutory holidays and weekends ({@link WorkingCalendar#reckonWorkingDays}), and {@code missingYear} names the
 * year whose notice would make it exact: it is never blank and never shown as certain.
 */
public record ReplyClock(
        LocalDate start,
        int pausedDays,
        int extensionDays,
        LocalDate pausedSince,
        LocalDate dueDate,
        Integer missingYear) {

    public static ReplyClock startingOn(LocalDate start, WorkingCalendar calendar) {
        return new ReplyClock(start, 0, 0, null, null, null).recomputed(calendar);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public ReplyClock pausedOn(LocalDate day) {
        return new ReplyClock(start, pausedDays, extensionDays, day, dueDate, missingYear);
    }

    /** Resumes; the working days after the pause day up to and including {@code day} are not counted. */
    public ReplyClock resumedOn(LocalDate day, WorkingCalendar calendar) {
        int paused = Calendars.require(() -> calendar.workingDaysBetween(pausedSince, day));
        return new ReplyClock(start, pausedDays + paused, extensionDays, null, dueDate, missingYear)
                .recomputed(calendar);
    }

    public ReplyClock extendedBy(int days, WorkingCalendar calendar) {
        return new ReplyClock(start, pausedDays, extensionDays + days, pausedSince, dueDate, missingYear)
                .recomputed(calendar);
    }

    /** Computes the due date again, e.g. after an administrator loaded the missing year's calendar. */
    public ReplyClock recomputed(WorkingCalendar calendar) {
        try {
            LocalDate due = calendar.plusWorkingDays(start, StatutoryPeriods.REPLY + pausedDays + extensionDays);
            return new ReplyClock(start, pausedDays, extensionDays, pausedSince, due, null);
        } catch (MissingCalendarYearException e) {
            WorkingCalendar.Reckoning provisional =
                    calendar.reckonWorkingDays(start, StatutoryPeriods.REPLY + pausedDays + extensionDays);
            return new ReplyClock(
                    start, pausedDays, extensionDays, pausedSince, provisional.date(), provisional.missingYear());
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
