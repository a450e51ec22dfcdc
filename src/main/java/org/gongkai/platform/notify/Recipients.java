package org.gongkai.platform.notify;

import org.gongkai.platform.text.PersonalData;

/** Addresses as staff pages and logs show them: enough to recognise, not enough to copy. */
public final class Recipients {

    private Recipients() {}

    /** 139****5678; w***@example.com. */
    public static String mask(String recipient) {
        return PersonalData.maskContact(recipient);
    }
}
