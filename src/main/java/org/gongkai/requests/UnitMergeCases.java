package org.gongkai.requests;

import java.util.List;
import org.gongkai.org.StaffHandedOver;
import org.gongkai.org.UnitsMerged;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merge moves the absorbed unit's open cases to the successor, in the merge's transaction. Cases already
 * replied, closed or archived stay with the unit that answered them, so closed years stay where they were counted.
 */
@Component
class UnitMergeCases {

    private final OpenCaseTransfer transfer;
    private final AuditLog audit;

    UnitMergeCases(OpenCaseTransfer transfer, AuditLog audit) {
        this.transfer = transfer;
        this.audit = audit;
    }

    @EventListener
    void on(UnitsMerged merged) {
        int moved = transfer.moveOpen(merged.fromCode(), merged.intoCode());
        audit.record(AuditEvent.by(merged.by(), "request.unit-merge")
                .on("unit", merged.fromCode())
                .inUnit(merged.intoCode())
                .because(merged.decision())
                .detail("open cases moved from " + merged.fromCode() + " to " + merged.intoCode() + ": " + moved));
    }

    /** Cases belong to units: the colleague now holds each unit of the leaver; the open cases are recorded. */
    @EventListener
    void on(StaffHandedOver handed) {
        List<String> open = transfer.openCases(handed.units());
        audit.record(AuditEvent.by(handed.by(), "request.handover")
                .on("staff_account", handed.leaver())
                .because(handed.reason())
                .detail("open cases of " + handed.units() + " handed from " + handed.leaver() + " to "
                        + handed.colleague() + ": " + String.join(", ", open)));
    }
}
