package org.gongkai.platform.notify;

/** Addresses as staff pages and logs show them: enough to recognise, not enough to copy. */
public final class Recipients {

    private Recipients() {}

    /** 139****5678; w***@example.com. */
    public static String mask(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return recipient;
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        if (recipient.length() <= 7) {
            return "*".repeat(recipient.length());
        }
        return recipient.substring(0, 3)
                + "*".repeat(recipient.length() - 7)
                + recipient.substring(recipient.length() - 4);
    }
}
