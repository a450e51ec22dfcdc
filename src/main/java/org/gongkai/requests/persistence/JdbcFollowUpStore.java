package org.gongkai.requests.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.requests.FollowUp;
import org.gongkai.requests.FollowUpStore;
import org.gongkai.requests.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFollowUpStore implements FollowUpStore {

    private final JdbcClient jdbc;

    JdbcFollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(FollowUp f) {
        return jdbc.sql("insert into request_follow_up (request_id, kind, rating, on_date, note, recorded_by, "
                                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(
                                f.requestId(),
                                f.kind().key(),
                                f.rating(),
                                Date.valueOf(f.on()),
                                f.note(),
                                f.by(),
                                Timestamp.from(f.at()))
                        .update()
                > 0;
    }

    @Override
    public List<FollowUp> forRequest(long requestId) {
        return jdbc.sql("select * from request_follow_up where request_id = ? order by id")
                .param(requestId)
                .query((rs, n) -> new FollowUp(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        "rating".equals(rs.getString("kind")) ? FollowUp.Kind.RATING : FollowUp.Kind.CALLBACK,
                        (Integer) rs.getObject("rating", Integer.class),
                        rs.getDate("on_date").toLocalDate(),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Override
    public List<FollowUp.Counts> counts(Set<String> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.unit_code, count(*) as replied, "
                        + "count(*) filter (where exists (select 1 from request_follow_up f where f.request_id = r.id "
                        + "and f.kind = 'callback')) as called, "
                        + "count(*) filter (where exists (select 1 from request_follow_up f where f.request_id = r.id "
                        + "and f.kind = 'rating')) as rated, "
                        + "(select avg(f.rating) from request_follow_up f join disclosure_request x on x.id = f.request_id "
                        + "where x.unit_code = r.unit_code and f.kind = 'rating' and x.reply_date between :from and :to) "
                        + "as average from disclosure_request r where r.unit_code in (:units) and r.reply_date "
                        + "between :from and :to and r.status in (:answered) group by r.unit_code "
                        + "order by r.unit_code")
                .param("units", units)
                .param("answered", List.of(Status.REPLIED.name(), Status.ARCHIVED.name()))
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new FollowUp.Counts(
                        rs.getString("unit_code"),
                        rs.getInt("replied"),
                        rs.getInt("called"),
                        rs.getInt("rated"),
                        rs.getObject("average") == null ? null : rs.getDouble("average")))
                .list();
    }
}
