package org.gongkai.platform.notify;

/**
 * The interface an SMS provider's adapter implements (a government's 短信平台 or a carrier's HTTP API): send
 * {@code text} to the mainland mobile number {@code phone}; throw {@link DeliveryFailedException} on any failure
 * so the platform retries. {@code messageId} is stable across retries of one notification: pass it to providers
 * that deduplicate. Without a provider configured, {@link LoggingSmsGateway} records each message in the log.
 */
public interface SmsGateway {

    void send(String phone, String text, String messageId) throws DeliveryFailedException;
}
