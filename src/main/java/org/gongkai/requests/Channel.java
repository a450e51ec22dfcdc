package org.gongkai.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an application reached the agency; decides its receipt date (条例 art. 31): in person, the day handed in;
 * registered mail, the day signed for; ordinary letter, the day confirmed with the applicant; internet, fax or
 * email, the day both sides confirm.
 */
public enum Channel {
    ONLINE("online", true),
    IN_PERSON("in_person", false),
    REGISTERED_MAIL("registered_mail", false),
    ORDINARY_LETTER("ordinary_letter", false),
    FAX("fax", true),
    EMAIL("email", true);

    private final String key;
    private final boolean electronic;

    Channel(String key, boolean electronic) {
        this.key = key;
        this.electronic = electronic;
    }

    public String key() {
        return key;
    }

    /** Internet, fax and email submissions wait for a handler's confirmation, whose date is the receipt date. */
    public boolean awaitsConfirmation() {
        return electronic;
    }

    public static Optional<Channel> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
