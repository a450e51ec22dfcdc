package org.gongkai.requests;

import org.gongkai.platform.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records refused access in the audit log in its own transaction, so the refusal's rollback keeps it. */
@Component
class DenialLog {

    private final AuditLog audit;

    DenialLog(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, long requestId, String unitCode, String reason) {
        audit.record(
                actor, "denied." + action, "disclosure_request", String.valueOf(requestId), unitCode, reason, null);
    }
}
