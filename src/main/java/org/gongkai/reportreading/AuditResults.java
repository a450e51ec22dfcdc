package org.gongkai.reportreading;

import java.time.Instant;
import java.util.Optional;

/** Port: the last console audit of each staff member, kept in the module's own table. */
public interface AuditResults {

    /** Keeps the owner's audit in place of the previous one, and forgets every audit made before {@code expired}. */
    void keep(String owner, String unitCode, Instant at, KeptAudit audit, Instant expired);

    /** The owner's last audit, made in that unit at or after {@code notBefore}. */
    Optional<KeptAudit> last(String owner, String unitCode, Instant notBefore);
}
