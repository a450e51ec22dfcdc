package org.gongkai.requests;

/** Moves a unit's open cases to another unit (a merge). */
public interface OpenCaseTransfer {

    /** The cases of {@code fromUnit} still open move to {@code intoUnit}; returns how many moved. */
    int moveOpen(String fromUnit, String intoUnit);
}
