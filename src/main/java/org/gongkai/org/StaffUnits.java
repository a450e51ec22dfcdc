package org.gongkai.org;

import java.util.Set;

/** Further units a person handles for, besides the unit of the account. */
public interface StaffUnits {

    Set<String> extraUnits(String username);

    /** True when the grant is new. */
    boolean grant(String username, String unitCode, String by);

    /** True when there was such a grant. */
    boolean revoke(String username, String unitCode);
}
