package org.gongkai.platform.notify;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.gongkai.platform.China;

/** What the page of a record shows of a notification: to whom (masked), what, and how it went. */
public record DeliveryRecord(
        long id,
        NotificationChannel channel,
        String recipient,
        String subject,
        NotificationStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant nextAttemptAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An email not yet tried: waits for a mail server when none is configured. */
    public boolean untriedEmail() {
        return channel == NotificationChannel.EMAIL && sentAt == null && attempts == 0;
    }

    /** When it was sent, else when it was queued, in Beijing time. */
    public String shownAt() {
        return SHOWN.format((sentAt != null ? sentAt : createdAt).atZone(China.ZONE));
    }
}
