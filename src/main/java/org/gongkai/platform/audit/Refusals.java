package org.gongkai.platform.audit;

import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a refused attempt reaches the audit log ({@code denied.<action>}): in its own transaction, so it
 * stays when the attempt's transaction is rolled back. The web edge calls it for every 403 and for every problem
 * that carries a {@link Refusal}, so no module records refusals itself.
 */
@Component
public class Refusals {

    /** The prefix of a refusal's action in the audit log. */
    static final String DENIED = "denied.";

    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    Refusals(AuditLog audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code attempt} says what was asked for, e.g. {@code POST /console/annual-reports/…/approve}. */
    public void record(String actor, Refusal refusal, String reasonCode, String attempt) {
        ownTransaction.executeWithoutResult(status -> audit.record(AuditEvent.by(actor, DENIED + refusal.action())
                .on(refusal.entityType(), refusal.entityId())
                .inUnit(refusal.unitCode())
                .because(reasonCode)
                .detail(attempt)));
    }
}
