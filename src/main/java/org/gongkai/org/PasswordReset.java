package org.gongkai.org;

import java.time.Clock;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An operator or an administrator sets a staff member's password (e.g. the administrator forgot it): the lock from
 * wrong passwords is lifted, the account's API tokens are revoked, and the reset is audited. ({@link Passwords}
 * adds, for an administrator's reset, that the person chooses their own at the next console login.)
 */
public class PasswordReset {

    /** Why a reset was refused. */
    public enum Refusal {
        UNKNOWN_USER,
        WEAK_PASSWORD
    }

    /** The outcome: empty refusal when done. */
    public record Outcome(Refusal refusal, int tokensRevoked) {}

    private final StaffRepository staff;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public PasswordReset(
            StaffRepository staff, ApiTokenRepository tokens, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome reset(String username, String rawPassword, String operator) {
        if (staff.findByUsername(username).isEmpty()) {
            audit.record(AuditEvent.by(operator, "denied.staff.password-reset")
                    .on("staff_account", username)
                    .because("unknown user"));
            return new Outcome(Refusal.UNKNOWN_USER, 0);
        }
        if (rawPassword == null || rawPassword.length() < FirstSetup.MIN_PASSWORD || rawPassword.length() > 200) {
            audit.record(AuditEvent.by(operator, "denied.staff.password-reset")
                    .on("staff_account", username)
                    .because("weak password"));
            return new Outcome(Refusal.WEAK_PASSWORD, 0);
        }
        staff.setPassword(username, encoder.encode(rawPassword));
        int revoked = tokens.revokeAll(username, clock.instant());
        audit.record(AuditEvent.by(operator, "staff.password-reset")
                .on("staff_account", username)
                .detail("revoked tokens: " + revoked));
        return new Outcome(null, revoked);
    }
}
