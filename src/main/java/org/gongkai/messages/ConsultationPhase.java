package org.gongkai.messages;

/** Where a consultation stands on a given day: by its period, and whether its feedback is out. */
public enum ConsultationPhase {
    /** The period has not begun. */
    UPCOMING,
    /** Comments (or survey answers) are taken. */
    OPEN,
    /** The period ended; the adoption feedback is not yet published. */
    CLOSED,
    /** The adoption feedback (or the survey's results) is published. */
    CONCLUDED
}
