package org.gongkai.platform.notify;

/** SMS notifications through whichever {@link SmsGateway} is configured. */
class SmsNotificationGateway implements NotificationGateway {

    private final SmsGateway sms;

    SmsNotificationGateway(SmsGateway sms) {
        this.sms = sms;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public void send(Notification n, String messageId) throws DeliveryFailedException {
        sms.send(n.recipient(), n.text(), messageId);
    }
}
