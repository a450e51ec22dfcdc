package org.gongkai.platform.notify;

/** Where a notification stands: waiting for (another) attempt, delivered to the gateway, or given up. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
