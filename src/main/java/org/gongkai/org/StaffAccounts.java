package org.gongkai.org;

import java.util.List;
import org.gongkai.platform.errors.ConflictException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating and listing staff accounts. */
@Service
public class StaffAccounts {

    private final StaffRepository staff;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;

    public StaffAccounts(StaffRepository staff, UnitDirectory units, PasswordEncoder encoder) {
        this.staff = staff;
        this.units = units;
        this.encoder = encoder;
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

    public List<StaffMember> all() {
        return staff.findAll().stream().map(StaffAccount::member).toList();
    }
}
