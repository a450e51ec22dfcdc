package org.gongkai.org;

import java.time.Instant;

/** The one-time setup token of an empty platform, kept as its SHA-256. */
public interface SetupTokenRepository {

    /** Forgets any earlier token and keeps this one. */
    void replace(String tokenHash, Instant created);

    boolean exists(String tokenHash);

    /** Removes every token if this one is among them; true for the one caller that did. */
    boolean consume(String tokenHash);
}
