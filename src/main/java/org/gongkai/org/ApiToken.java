package org.gongkai.org;

import java.time.Instant;

/** An API token of a staff account as listed: never the token itself, which is shown once when issued. */
public record ApiToken(long id, String username, Instant created, Instant expires, Instant revoked) {

    public boolean validAt(Instant now) {
        return revoked == null && expires.isAfter(now);
    }
}
