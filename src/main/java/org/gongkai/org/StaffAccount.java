package org.gongkai.org;

import java.io.Serializable;
import java.time.Instant;

/**
 * A stored staff account. The password is only ever held as a hash. Serializable: a signed-in account is kept in
 * the shared session store (its hash erased first, see {@code StaffPrincipal}).
 */
public record StaffAccount(
        String username,
        String passwordHash,
        String displayName,
        Role role,
        String unitCode,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil)
        implements Serializable {

    public StaffMember member() {
        return new StaffMember(username, displayName, role, unitCode);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
