package org.gongkai.org;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts through turnover, for administrators: create (a role for an active unit), disable and re-enable, further
 * units for a person, a leaver's handover. Others
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
    private final StaffUnits staffUnits;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public StaffAdministration(
            StaffAccounts accounts,
            StaffRepository staff,
            StaffUnits staffUnits,
            UnitDirectory units,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.staff = staff;
        this.staffUnits = staffUnits;
        this.units = units;
        this.audit = audit;
        this.events = events;
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
        staff.setMustChangePassword(created.username(), true); // chosen by the administrator, not by the person
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

    /** Lets a person handle for a further unit (one handler for two units). */
    @Transactional
    public void grantUnit(StaffMember actor, String username, String unitCode) {
        requireAdmin(actor, "staff.grant-unit", username);
        StaffAccount account = existing(username);
        var unit = units.find(unitCode);
        if (unit.isEmpty()) {
            throw InvalidInputException.of("unitCode", "unit.error.parent-unknown", unitCode);
        }
        if (!unit.get().active()) {
            throw InvalidInputException.of("unitCode", "unit.error.parent-inactive", unitCode);
        }
        Set<String> before = units.visibleUnitCodes(account.member());
        if (!unitCode.equals(account.unitCode()) && staffUnits.grant(username, unitCode, actor.username())) {
            audit.record(AuditEvent.by(actor.username(), "staff.grant-unit")
                    .on("staff_account", username)
                    .inUnit(unitCode)
                    .detail("before: units=" + before + "; after: units=" + units.visibleUnitCodes(account.member())));
        }
    }

    /**
     * A leaver's work to a colleague in one step: the colleague handles for every unit of the leaver, the modules
     * hand over what is the leaver's own ({@link StaffHandedOver}), and the leaver's account is disabled.
     */
    @Transactional
    public StaffHandedOver handOver(StaffMember actor, String leaver, String colleague, String reason) {
        requireAdmin(actor, "staff.handover", leaver);
        StaffAccount from = existing(leaver);
        List<FieldProblem> problems = new ArrayList<>();
        var to = colleague == null ? java.util.Optional.<StaffAccount>empty() : staff.findByUsername(colleague);
        if (to.isEmpty() || !to.get().enabled() || colleague.equals(leaver)) {
            problems.add(new FieldProblem("to", "staff.error.colleague", String.valueOf(colleague)));
        } else if (to.get().role() == Role.AUDITOR) {
            problems.add(new FieldProblem("to", "staff.error.colleague-read-only", colleague));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "staff.error.reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> leaverUnits = new LinkedHashSet<>();
        leaverUnits.add(from.unitCode());
        leaverUnits.addAll(staffUnits.extraUnits(leaver));
        Set<String> before = units.visibleUnitCodes(to.get().member());
        for (String unit : leaverUnits) {
            if (!before.contains(unit)) {
                staffUnits.grant(colleague, unit, actor.username());
            }
        }
        staff.setEnabled(leaver, false);
        StaffHandedOver handed = new StaffHandedOver(leaver, colleague, leaverUnits, reason.strip(), actor.username());
        events.publishEvent(handed);
        audit.record(AuditEvent.by(actor.username(), "staff.handover")
                .on("staff_account", leaver)
                .inUnit(from.unitCode())
                .because(reason.strip())
                .detail("before: " + describe(from.member(), from.enabled()) + ", " + colleague + " units=" + before
                        + "; after: " + describe(from.member(), false) + ", " + colleague + " units="
                        + units.visibleUnitCodes(to.get().member())));
        return handed;
    }

    private StaffAccount existing(String username) {
        return staff.findByUsername(username)
                .orElseThrow(() -> InvalidInputException.of("username", "staff.error.unknown", username));
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
