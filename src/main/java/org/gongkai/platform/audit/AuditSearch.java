package org.gongkai.platform.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which audit entries to list, newest first.
 *
 * @param units   entries of these units only, or every entry when null (entries with no unit are then the
 *                viewer's own: see {@code self})
 * @param self    the viewer's username: their own entries are listed whatever their unit
 * @param actor   only this person's entries, or null
 * @param kind    changes, refusals or both
 * @param from    from this day (Beijing time), or null
 * @param to      to this day inclusive, or null
 * @param before  entries older than this one (its id), or null for the newest
 * @param limit   at most this many
 */
public record AuditSearch(
        Set<String> units, String self, String actor, Kind kind, LocalDate from, LocalDate to, Long before, int limit) {

    /** What was done, or what was refused. */
    public enum Kind {
        ALL,
        CHANGES,
        REFUSALS
    }
}
