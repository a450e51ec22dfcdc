package org.gongkai.org;

import java.util.List;
import java.util.Set;

/**
 * What waits for staff, as each module reports it (the console home asks every implementation; no module reads
 * another's tables). Counts are per unit, for the units given (those the viewer may see).
 */
public interface WaitingWork {

    /** One kind of waiting work in one unit; the console names {@code kind} from {@code console.waiting.<kind>}. */
    record Waiting(String kind, String unitCode, long count) {}

    List<Waiting> waiting(StaffMember viewer, Set<String> units);
}
