package org.gongkai.messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sender's satisfaction with the reply. */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Rating> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }
}
