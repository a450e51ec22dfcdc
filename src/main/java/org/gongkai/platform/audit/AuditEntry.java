package org.gongkai.platform.audit;

import java.time.Instant;

/** One line of the audit log; {@code id} orders the entries as they were written. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String unitCode,
        String reason,
        String detail) {}
