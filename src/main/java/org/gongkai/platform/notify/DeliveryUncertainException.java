package org.gongkai.platform.notify;

/**
 * The message went out but the gateway's answer did not come back (a timeout or a dropped connection after the
 * message was handed over): it may have arrived. It is not sent again by itself, so that nothing arrives twice;
 * the record's page says so.
 */
public class DeliveryUncertainException extends DeliveryFailedException {

    public DeliveryUncertainException(String message, Throwable cause) {
        super(message, cause);
    }
}
