package org.gongkai.org;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where staff accounts are kept. */
public interface StaffRepository {

    Optional<StaffAccount> findByUsername(String username);

    List<StaffAccount> findAll();

    void insert(StaffAccount account);

    /** Records a failed login; returns the new count. */
    int recordFailure(String username);

    void lockUntil(String username, Instant until);

    void resetFailures(String username);

    /** Sets a new password hash and lifts any lock; false when there is no such account. */
    boolean setPassword(String username, String passwordHash);

    /** Whether the account must choose its own password at its next console login. */
    boolean mustChangePassword(String username);

    /** Sets or clears the duty to choose one's own password (an administrator set it). */
    void setMustChangePassword(String username, boolean must);

    /** Enables or disables an account; false when there is no such account. */
    boolean setEnabled(String username, boolean enabled);
}
