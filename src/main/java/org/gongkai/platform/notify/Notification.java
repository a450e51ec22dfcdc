package org.gongkai.platform.notify;

/**
 * One message to one person, queued in the database in the transaction that made it necessary. {@code key} makes
 * it idempotent: queueing the same key twice queues it once, and its retries carry the same Message-ID.
 */
public record Notification(
        String key,
        NotificationChannel channel,
        String recipient,
        String subject,
        String text,
        String attachmentName,
        byte[] attachment,
        String referenceType,
        String referenceId) {

    public static Notification email(
            String key, String to, String subject, String text, String attachmentName, byte[] pdf) {
        return new Notification(key, NotificationChannel.EMAIL, to, subject, text, attachmentName, pdf, null, null);
    }

    public static Notification sms(String key, String phone, String text) {
        return new Notification(key, NotificationChannel.SMS, phone, "", text, null, null, null, null);
    }

    /** The record it concerns (e.g. a case), so that its page can list what was sent. */
    public Notification about(String type, String id) {
        return new Notification(key, channel, recipient, subject, text, attachmentName, attachment, type, id);
    }
}
