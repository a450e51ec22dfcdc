package org.gongkai.platform.notify;

/**
 * Where a notification stands: waiting for (another) attempt, delivered to the gateway, given up, or handed over
 * without an answer (it may have arrived: not sent again, so that nothing arrives twice).
 */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED,
    UNCERTAIN
}
