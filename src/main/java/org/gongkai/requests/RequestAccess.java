package org.gongkai.requests;

import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a case: staff see the units {@link UnitDirectory} gives them; which steps they may take
 * is the case's policy (the handling unit's staff; a reviewer approves extensions across the units they see).
 * Another unit's case is 403; an auditor's attempt to change anything is refused with the reason (409). Every
 * refusal is audited.
 */
@Component
class RequestAccess {

    private final UnitDirectory units;

    RequestAccess(UnitDirectory units) {
        this.units = units;
    }

    void requireVisible(StaffMember staff, DisclosureRequest r, String action) {
        if (!units.maySee(staff, r.intake().unitCode())) {
            throw deny(staff, r, action, "error.forbidden");
        }
    }

    /**
     * Visible to this staff member, who may change things at all; which steps they may take on the case is the
     * case's own policy ({@link DisclosureRequest#allowedSteps}).
     */
    void requireChange(StaffMember staff, DisclosureRequest r, String action) {
        requireVisible(staff, r, action);
        if (!staff.mayChange()) {
            throw new ConflictException(refusal(r, action), "error.request.read-only");
        }
    }

    /** The refusal, recorded by the web edge as {@code denied.<action>} on the case. */
    ForbiddenException deny(StaffMember staff, DisclosureRequest r, String action, String code) {
        return new ForbiddenException(refusal(r, action), code);
    }

    private static Refusal refusal(DisclosureRequest r, String action) {
        return Refusal.of(
                action, "disclosure_request", r.intake().id(), r.intake().unitCode());
    }

    boolean seesPersonalData(StaffMember staff, String unitCode) {
        return staff.unitCode().equals(unitCode);
    }
}
