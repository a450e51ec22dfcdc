package org.gongkai.org.web;

import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Staff by name on pages: {@code ${@staffNames.of(item.author())}} shows 「县住建局 李经办」 where a record keeps the
 * username; an unknown username (an account since removed) is shown as it was recorded.
 */
@Component("staffNames")
public class StaffNames {

    private final StaffAccounts staff;

    StaffNames(StaffAccounts staff) {
        this.staff = staff;
    }

    public String of(String username) {
        if (username == null) {
            return null;
        }
        return staff.all().stream()
                .filter(m -> m.username().equals(username))
                .map(StaffMember::displayName)
                .findFirst()
                .orElse(username);
    }
}
