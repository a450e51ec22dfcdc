package org.gongkai.platform.notify;

/** How a person is told: by email (with the letter attached) or by SMS. */
public enum NotificationChannel {
    EMAIL,
    SMS
}
