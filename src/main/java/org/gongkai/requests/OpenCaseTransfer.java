package org.gongkai.requests;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A unit's open cases: moved to another unit (a merge, a split), listed for a handover. */
public interface OpenCaseTransfer {

    /** The cases of {@code fromUnit} still open move to {@code intoUnit}; returns how many moved. */
    int moveOpen(String fromUnit, String intoUnit);

    /** The named cases of {@code fromUnit}, if still open, move to {@code intoUnit}; returns how many moved. */
    int moveOpen(String fromUnit, Collection<String> trackingCodes, String intoUnit);

    /** Tracking codes of the open cases of these units. */
    List<String> openCases(Set<String> units);

    /** How many cases of these units are in {@code status}, per unit. */
    Map<String, Long> countByUnit(Set<String> units, Status status);
}
