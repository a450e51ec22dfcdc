package org.gongkai.platform.audit;

import java.util.List;

/** Who did what, when and why: every state change and every refused access is recorded here. */
public interface AuditLog {

    void record(
            String actor,
            String action,
            String entityType,
            String entityId,
            String unitCode,
            String reason,
            String detail);

    List<AuditEntry> forEntity(String entityType, String entityId);

    List<AuditEntry> recent(int limit);

    /** The audit log in a database, for command-line tools that run without the application context. */
    static AuditLog in(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new JdbcAuditLog(jdbc);
    }
}
