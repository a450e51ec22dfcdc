package org.gongkai.catalog;

import org.gongkai.org.StaffHandedOver;
import org.gongkai.org.UnitsMerged;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merge hands the absorbed unit's unpublished items and standard-catalogue entries to the successor; a handover
 * gives a leaver's unpublished items to the colleague.
 */
@Component
class UnitMergeCatalog {

    private final CatalogOwnershipTransfer transfer;
    private final AuditLog audit;

    UnitMergeCatalog(CatalogOwnershipTransfer transfer, AuditLog audit) {
        this.transfer = transfer;
        this.audit = audit;
    }

    @EventListener
    void on(UnitsMerged merged) {
        int moved = transfer.move(merged.fromCode(), merged.intoCode());
        audit.record(AuditEvent.by(merged.by(), "catalog.unit-merge")
                .on("unit", merged.fromCode())
                .inUnit(merged.intoCode())
                .because(merged.decision())
                .detail("catalogue items and entries moved from " + merged.fromCode() + " to " + merged.intoCode()
                        + ": " + moved));
    }

    @EventListener
    void on(StaffHandedOver handed) {
        int moved = transfer.reassignUnpublished(handed.leaver(), handed.colleague());
        audit.record(AuditEvent.by(handed.by(), "catalog.handover")
                .on("staff_account", handed.leaver())
                .because(handed.reason())
                .detail("unpublished items of " + handed.leaver() + " now authored by " + handed.colleague() + ": "
                        + moved));
    }
}
