package org.gongkai.platform.notify;

/**
 * Hands a notification to the outside world (an SMTP server, an SMS gateway). Throws
 * {@link DeliveryFailedException} when it could not: the notification is tried again later.
 */
public interface NotificationGateway {

    NotificationChannel channel();

    void send(Notification notification, String messageId) throws DeliveryFailedException;
}
