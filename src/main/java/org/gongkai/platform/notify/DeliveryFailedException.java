package org.gongkai.platform.notify;

/** A gateway could not hand a notification on; the message says why (shown to staff on the record's page). */
public class DeliveryFailedException extends Exception {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
