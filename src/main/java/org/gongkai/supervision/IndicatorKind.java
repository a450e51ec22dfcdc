package org.gongkai.supervision;

/** Whether an indicator takes points off the base score or adds them. */
public enum IndicatorKind {
    DEDUCTION,
    BONUS
}
