package org.gongkai.platform.audit;

import java.util.List;

/** Who did what, when and why: every state change and every refused access is recorded here. */
public interface AuditLog {

    /** Writes the event in the caller's transaction: it stays only if the change it describes stays. */
    void record(AuditEvent event);

    List<AuditEntry> forEntity(String entityType, String entityId);

    List<AuditEntry> recent(int limit);

    /** The entries the search asks for, newest first. */
    List<AuditEntry> search(AuditSearch search);

    /** The audit log in a database, for command-line tools that run without the application context. */
    static AuditLog in(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new JdbcAuditLog(jdbc);
    }
}
