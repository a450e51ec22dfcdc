package org.gongkai.org;

import java.time.Instant;

/** A stored staff account. The password is only ever held as a hash. */
public record StaffAccount(
        String username,
        String passwordHash,
        String displayName,
        Role role,
        String unitCode,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {

    public StaffMember member() {
        return new StaffMember(username, displayName, role, unitCode);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
