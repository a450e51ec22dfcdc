package org.gongkai.supervision;

/** What may be done to a rectification task now; pages ask {@link Task#allowed} instead of comparing statuses. */
public enum TaskStep {
    ANSWER,
    ACCEPT,
    RETURN
}
