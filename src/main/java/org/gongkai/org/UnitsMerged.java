package org.gongkai.org;

import java.time.LocalDate;

/**
 * A recorded decision that unit {@code fromCode} is merged into {@code intoCode} from {@code effective}. Published
 * inside the merge's transaction: the modules that own records by unit move what is still open (cases, catalogue
 * ownership, reports not yet counted) to the successor; closed years stay where they were counted.
 */
public record UnitsMerged(String fromCode, String intoCode, LocalDate effective, String decision, String by) {}
