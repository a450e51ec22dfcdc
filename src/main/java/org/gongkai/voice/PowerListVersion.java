package org.gongkai.voice;

import java.time.LocalDate;

/**
 * One version of a unit's powers and responsibilities list (权责清单): in force from a date, how many items it holds
 * and what changed from the version before (added, removed, adjusted powers).
 */
public record PowerListVersion(
        Long id, String unitCode, int version, LocalDate effectiveOn, int itemCount, String changes) {}
