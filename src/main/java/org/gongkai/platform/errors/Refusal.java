package org.gongkai.platform.errors;

/**
 * What a refused attempt was aimed at, for the audit log: the action (recorded as {@code denied.<action>}), the
 * record and its unit. The actor is whoever made the request; the web edge records it (see
 * {@code platform.audit.Refusals}), in its own transaction, so the refusal survives the rollback of the attempt.
 */
public record Refusal(String action, String entityType, String entityId, String unitCode) {

    public static Refusal of(String action, String entityType, Object entityId, String unitCode) {
        return new Refusal(action, entityType, entityId == null ? null : entityId.toString(), unitCode);
    }
}
