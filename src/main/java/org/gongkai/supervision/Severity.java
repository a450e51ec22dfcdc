package org.gongkai.supervision;

/** How serious a finding is; labels in the bundle ({@code supervision.severity.*}). */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
