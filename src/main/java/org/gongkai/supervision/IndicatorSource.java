package org.gongkai.supervision;

/**
 * Where an indicator's occurrences come from: the platform's records of the assessed year, or items the office
 * records by hand with a reason ({@link #MANUAL}). Labels in the bundle ({@code supervision.source.*}).
 */
public enum IndicatorSource {
    /** Serious findings (self-inspection and inspectors) first detected in the year. */
    FINDINGS_SERIOUS,
    /** Other findings first detected in the year. */
    FINDINGS_OTHER,
    /** Applications replied in the year after their due date. */
    LATE_REPLIES,
    /** Reconsideration and litigation cases counted in the year that ended corrected (纠错) or lost. */
    REVIEWS_CORRECTED,
    /** The unit's annual report for the previous year not published by its statutory date. */
    REPORT_LATE,
    /** Rectification tasks with a deadline in the year answered late or still unanswered after it. */
    RECTIFICATION_OVERDUE,
    /** Recorded by the office, each with its points and reason. */
    MANUAL
}
