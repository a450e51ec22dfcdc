package org.gongkai.org;

/** A logged-in staff member as the modules see them. */
public record StaffMember(String username, String displayName, Role role, String unitCode) {

    public boolean isReviewer() {
        return role == Role.REVIEWER || role == Role.ADMIN;
    }

    public boolean mayChange() {
        return role != Role.AUDITOR;
    }
}
