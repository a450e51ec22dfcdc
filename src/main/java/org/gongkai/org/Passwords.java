package org.gongkai.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords through turnover: an administrator sets (resets) a person's password — the account's API tokens die and
 * the person must choose their own at the next console login — and a person whose password someone else set
 * chooses their own (at least 12 characters, not the one they were given).
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class Passwords {

    private final StaffRepository staff;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public Passwords(
            StaffRepository staff, ApiTokenRepository tokens, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the person must choose their own password before using the console. */
    @Transactional(readOnly = true)
    public boolean mustChoose(String username) {
        return staff.mustChangePassword(username);
    }

    /** An administrator sets {@code username}'s password; returns the number of API tokens revoked. */
    public int reset(StaffMember admin, String username, String password) {
        if (admin.role() != Role.ADMIN) {
            throw new ForbiddenException(
                    Refusal.of("staff.password-reset", "staff_account", username, admin.unitCode()),
                    "error.admin-only");
        }
        if (staff.findByUsername(username).isEmpty()) {
            throw new NotFoundException("staff.error.unknown", username);
        }
        if (!strong(password)) {
            throw InvalidInputException.of("password", "setup.error.password", FirstSetup.MIN_PASSWORD);
        }
        PasswordReset.Outcome outcome =
                new PasswordReset(staff, tokens, encoder, audit, clock).reset(username, password, admin.username());
        staff.setMustChangePassword(username, true);
        return outcome.tokensRevoked();
    }

    /** The person chooses their own password (repeated in {@code confirmation}). */
    public void choose(StaffMember me, String password, String confirmation) {
        StaffAccount account = staff.findByUsername(me.username())
                .orElseThrow(() -> new NotFoundException("staff.error.unknown", me.username()));
        List<FieldProblem> problems = new ArrayList<>();
        if (!strong(password)) {
            problems.add(new FieldProblem("password", "setup.error.password", FirstSetup.MIN_PASSWORD));
        } else if (encoder.matches(password, account.passwordHash())) {
            problems.add(new FieldProblem("password", "password.error.same"));
        }
        if (password == null || !password.equals(confirmation)) {
            problems.add(new FieldProblem("confirmation", "password.error.confirmation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        staff.setPassword(me.username(), encoder.encode(password));
        staff.setMustChangePassword(me.username(), false);
        audit.record(AuditEvent.by(me.username(), "staff.password-chosen")
                .on("staff_account", me.username())
                .inUnit(me.unitCode()));
    }

    private static boolean strong(String password) {
        return password != null && password.length() >= FirstSetup.MIN_PASSWORD && password.length() <= 200;
    }
}
