package org.gongkai.annualreport;

import org.gongkai.platform.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a refused sign-off step in the audit log in its own transaction, so the refusal's rollback keeps it. */
@Component
class SignOffRefusals {

    private final AuditLog audit;

    SignOffRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, SignOffStep step, String unitCode, int year, String reason) {
        audit.record(
                actor,
                "denied." + step.auditAction(),
                AnnualReports.ENTITY,
                AnnualReports.key(unitCode, year),
                unitCode,
                reason,
                null);
    }
}
