package org.gongkai.platform.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String unitCode,
        String reason,
        String detail) {}
