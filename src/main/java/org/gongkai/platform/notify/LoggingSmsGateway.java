package org.gongkai.platform.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS adapter used until a provider is configured: writes each message to the log, the number masked. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text, String messageId) {
        LOG.info("SMS {} to {}: {}", messageId, Recipients.mask(phone), text);
    }
}
