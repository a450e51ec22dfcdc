package org.gongkai.platform.audit;

/**
 * What is written to the audit log: who did what to which record of which unit, why, and what changed. Built
 * fluently, e.g. {@code AuditEvent.by(actor, "request.reply").on("disclosure_request", id).inUnit(unit)
 * .because(reason)}; the time is the log's own.
 */
public record AuditEvent(
        String actor,
        String action,
        String entityType,
        String entityId,
        String unitCode,
        String reason,
        String detail) {

    public static AuditEvent by(String actor, String action) {
        return new AuditEvent(actor, action, null, null, null, null, null);
    }

    /** The record acted on; {@code id} may be null for a kind of record as a whole. */
    public AuditEvent on(String type, Object id) {
        return new AuditEvent(actor, action, type, id == null ? null : id.toString(), unitCode, reason, detail);
    }

    public AuditEvent inUnit(String unit) {
        return new AuditEvent(actor, action, entityType, entityId, unit, reason, detail);
    }

    public AuditEvent because(String why) {
        return new AuditEvent(actor, action, entityType, entityId, unitCode, why, detail);
    }

    public AuditEvent detail(String what) {
        return new AuditEvent(actor, action, entityType, entityId, unitCode, reason, what);
    }
}
