package org.gongkai.org;

import java.util.List;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating and listing staff accounts. */
@Service
public class StaffAccounts {

    private final StaffRepository staff;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public StaffAccounts(StaffRepository staff, UnitDirectory units, PasswordEncoder encoder, AuditLog audit) {
        this.staff = staff;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    public StaffMember create(String username, String rawPassword, String displayName, Role role, String unitCode) {
        units.require(unitCode);
        if (staff.findByUsername(username).isPresent()) {
            throw new ConflictException("error.username-taken", username);
        }
        staff.insert(
                new StaffAccount(username, encoder.encode(rawPassword), displayName, role, unitCode, true, 0, null));
        return new StaffMember(username, displayName, role, unitCode);
    }

    /** Every stored account (no password hash leaves through the pages that show them). */
    public List<StaffAccount> accounts() {
        return staff.findAll();
    }

    public List<StaffMember> all() {
        return staff.findAll().stream().map(StaffAccount::member).toList();
    }

    /** Every account, for an administrator; anyone else is refused (403, audited). */
    public List<StaffAccount> accountsFor(StaffMember caller) {
        if (caller.role() != Role.ADMIN) {
            audit.record(AuditEvent.by(caller.username(), "denied.staff.list")
                    .on("staff_account", null)
                    .inUnit(caller.unitCode()));
            throw new ForbiddenException("error.admin-only");
        }
        return staff.findAll();
    }

    public boolean none() {
        return staff.findAll().isEmpty();
    }
}
