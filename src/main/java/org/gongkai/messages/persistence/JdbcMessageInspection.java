package org.gongkai.messages.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.messages.MessageInspection;
import org.gongkai.messages.MessageStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One set-based query over all the units asked about. */
@Repository
class JdbcMessageInspection implements MessageInspection {

    private final JdbcClient jdbc;

    JdbcMessageInspection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OverdueMessage> unansweredPastDue(Set<String> units, LocalDate today) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, tracking_code, unit_code, due_date from message where unit_code in (:units)"
                        + " and status in (:open) and due_date < :today order by due_date, id")
                .param("units", units)
                .param("open", MessageStatus.OPEN.stream().map(Enum::name).toList())
                .param("today", Date.valueOf(today))
                .query((rs, i) -> new OverdueMessage(
                        rs.getLong("id"),
                        rs.getString("tracking_code"),
                        rs.getString("unit_code"),
                        rs.getDate("due_date").toLocalDate()))
                .list();
    }
}
