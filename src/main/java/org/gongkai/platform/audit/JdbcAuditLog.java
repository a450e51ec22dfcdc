package org.gongkai.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.China;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log in PostgreSQL. In the application each recorded change (not a refusal) is also published as an
 * {@link AuditedChange} event, in the recording transaction: caches of figures computed from many modules' records
 * (every change is audited) follow it.
 */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "id, at, actor, action, entity_type, entity_id, unit_code, reason, detail";
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcAuditLog(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @Autowired
    JdbcAuditLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void record(AuditEvent e) {
        jdbc.sql("insert into audit_log (actor, action, entity_type, entity_id, unit_code, reason, detail) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(e.actor(), e.action(), e.entityType(), e.entityId(), e.unitCode(), e.reason(), e.detail())
                .update();
        if (events != null && !e.action().startsWith(Refusals.DENIED)) {
            events.publishEvent(new AuditedChange(e.action(), e.entityType(), e.unitCode()));
        }
    }

    @Override
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where entity_type = ? and entity_id = ? order by id")
                .params(entityType, entityId)
                .query(this::map)
                .list();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_log order by id desc limit ?")
                .param(limit)
                .query(this::map)
                .list();
    }

    @Override
    public List<AuditEntry> search(AuditSearch q) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (q.units() != null) {
            where.append(" and (unit_code = any(?) or actor = ?)");
            params.add(q.units().toArray(String[]::new));
            params.add(q.self());
        }
        if (q.actor() != null) {
            where.append(" and actor = ?");
            params.add(q.actor());
        }
        if (q.kind() == AuditSearch.Kind.REFUSALS) {
            where.append(" and action like ?");
            params.add(Refusals.DENIED + "%");
        } else if (q.kind() == AuditSearch.Kind.CHANGES) {
            where.append(" and action not like ?");
            params.add(Refusals.DENIED + "%");
        }
        if (q.from() != null) {
            where.append(" and at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(China.ZONE).toInstant()));
        }
        if (q.to() != null) {
            where.append(" and at < ?");
            params.add(
                    Timestamp.from(q.to().plusDays(1).atStartOfDay(China.ZONE).toInstant()));
        }
        if (q.before() != null) {
            where.append(" and id < ?");
            params.add(q.before());
        }
        params.add(q.limit());
        return jdbc.sql("select " + COLUMNS + " from audit_log" + where + " order by id desc limit ?")
                .params(params)
                .query(this::map)
                .list();
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("unit_code"),
                rs.getString("reason"),
                rs.getString("detail"));
    }
}
