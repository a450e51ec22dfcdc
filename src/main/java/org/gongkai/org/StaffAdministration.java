package org.gongkai.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts through turnover, for administrators: create (a role for an active unit), disable and re-enable. Others
 * are refused (403, recorded); bad input names the field and changes nothing; every change is audited with before
 * and after (never a password).
 */
@Service
public class StaffAdministration {

    /** An account to create. */
    public record NewAccount(String username, String name, String password, String role, String unitCode) {}

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,60}");

    private final StaffAccounts accounts;
    private final StaffRepository staff;
    private final UnitDirectory units;
    private final AuditLog audit;

    public StaffAdministration(StaffAccounts accounts, StaffRepository staff, UnitDirectory units, AuditLog audit) {
        this.accounts = accounts;
        this.staff = staff;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public StaffMember create(StaffMember actor, NewAccount n) {
        requireAdmin(actor, "staff.create", n.username());
        List<FieldProblem> problems = new ArrayList<>();
        if (n.username() == null || !USERNAME.matcher(n.username()).matches()) {
            problems.add(new FieldProblem("username", "setup.error.username"));
        }
        UnitAdministration.checkName(n.name(), "name", problems);
        if (n.password() == null
                || n.password().length() < FirstSetup.MIN_PASSWORD
                || n.password().length() > 200) {
            problems.add(new FieldProblem("password", "setup.error.password", FirstSetup.MIN_PASSWORD));
        }
        Role role = role(n.role(), problems);
        var unit = units.find(n.unitCode());
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("unitCode", "unit.error.parent-unknown", String.valueOf(n.unitCode())));
        } else if (!unit.get().active()) {
            problems.add(new FieldProblem("unitCode", "unit.error.parent-inactive", n.unitCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (staff.findByUsername(n.username()).isPresent()) {
            throw new ConflictException("error.username-taken", n.username());
        }
        StaffMember created =
                accounts.create(n.username(), n.password(), n.name().strip(), role, n.unitCode());
        audit.record(AuditEvent.by(actor.username(), "staff.create")
                .on("staff_account", created.username())
                .inUnit(created.unitCode())
                .detail("before: none; after: " + describe(created, true)));
        return created;
    }

    /** Disables (a leaver: no login, no token works) or re-enables an account. */
    @Transactional
    public void setEnabled(StaffMember actor, String username, boolean enabled) {
        requireAdmin(actor, enabled ? "staff.enable" : "staff.disable", username);
        StaffAccount before = staff.findByUsername(username)
                .orElseThrow(() -> InvalidInputException.of("username", "staff.error.unknown", username));
        if (!enabled && username.equals(actor.username())) {
            throw InvalidInputException.of("username", "staff.error.self-disable");
        }
        if (before.enabled() == enabled) {
            return;
        }
        staff.setEnabled(username, enabled);
        audit.record(AuditEvent.by(actor.username(), enabled ? "staff.enable" : "staff.disable")
                .on("staff_account", username)
                .inUnit(before.unitCode())
                .detail("before: " + describe(before.member(), before.enabled()) + "; after: "
                        + describe(before.member(), enabled)));
    }

    private static Role role(String raw, List<FieldProblem> problems) {
        if (raw != null) {
            for (Role r : Role.values()) {
                if (r.name().equals(raw)) {
                    return r;
                }
            }
        }
        problems.add(new FieldProblem("role", "staff.error.role"));
        return null;
    }

    private void requireAdmin(StaffMember actor, String action, String username) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException(
                    Refusal.of(action, "staff_account", username, actor.unitCode()), "error.admin-only");
        }
    }

    private static String describe(StaffMember m, boolean enabled) {
        return "{username=" + m.username() + ", name=" + m.displayName() + ", role=" + m.role() + ", unit="
                + m.unitCode() + ", enabled=" + enabled + "}";
    }
}
