package org.gongkai.messages.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.messages.Message;
import org.gongkai.messages.MessageEvent;
import org.gongkai.messages.MessageRepository;
import org.gongkai.messages.MessageStatus;
import org.gongkai.messages.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMessageRepository implements MessageRepository {

    private static final String COLUMNS = "id, tracking_code, secret_hash, sender_name, sender_phone, sender_email, "
            + "subject, body, public_reply_wanted, received_at, received_on, status, unit_code, due_date, draft_text, "
            + "draft_publish, drafted_by, return_note, reply_text, replied_on, replied_by, approved_by, published, "
            + "public_subject, public_body, public_reply, rating";

    private final JdbcClient jdbc;

    JdbcMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(Message m) {
        Message.Intake i = m.intake();
        Message.State s = m.state();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into message (tracking_code, secret_hash, sender_name, sender_phone, sender_email, subject,
                    body, public_reply_wanted, received_at, received_on, status, unit_code, due_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        i.trackingCode(),
                        i.secretHash(),
                        i.name(),
                        i.phone(),
                        i.email(),
                        i.subject(),
                        i.body(),
                        i.publicReplyWanted(),
                        Timestamp.from(i.receivedAt()),
                        Date.valueOf(i.receivedOn()),
                        s.status().name(),
                        s.unitCode(),
                        date(s.dueDate()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events(id, m.drainEvents());
        return id;
    }

    @Override
    public Optional<Message> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from message where id = ?")
                .param(id)
                .query(JdbcMessageRepository::map)
                .optional();
    }

    @Override
    public Optional<Message> findByTrackingCode(String trackingCode) {
        return jdbc.sql("select " + COLUMNS + " from message where tracking_code = ?")
                .param(trackingCode)
                .query(JdbcMessageRepository::map)
                .optional();
    }

    @Override
    public void update(Message m) {
        Message.State s = m.state();
        Message.Draft d = s.draft();
        Message.Reply r = s.reply();
        Message.Publication p = s.publication();
        jdbc.sql("""
                update message set status = ?, unit_code = ?, due_date = ?, draft_text = ?, draft_publish = ?,
                    drafted_by = ?, return_note = ?, reply_text = ?, replied_on = ?, replied_by = ?, approved_by = ?,
                    published = ?, public_subject = ?, public_body = ?, public_reply = ?, rating = ?,
                    version = version + 1
                where id = ?""")
                .params(
                        s.status().name(),
                        s.unitCode(),
                        date(s.dueDate()),
                        d == null ? null : d.text(),
                        d == null ? null : d.publish(),
                        d == null ? null : d.by(),
                        s.returnNote(),
                        r == null ? null : r.text(),
                        r == null ? null : Date.valueOf(r.on()),
                        r == null ? null : r.by(),
                        r == null ? null : r.approvedBy(),
                        p != null,
                        p == null ? null : p.subject(),
                        p == null ? null : p.body(),
                        p == null ? null : p.reply(),
                        s.rating() == null ? null : s.rating().name(),
                        m.intake().id())
                .update();
        events(m.intake().id(), m.drainEvents());
    }

    private void events(long id, List<MessageEvent> events) {
        for (MessageEvent e : events) {
            jdbc.sql("""
                    insert into message_event (message_id, action, actor, at, from_status, to_status, detail)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            e.action(),
                            e.actor(),
                            Timestamp.from(e.at()),
                            e.from() == null ? null : e.from().name(),
                            e.to().name(),
                            e.detail())
                    .update();
        }
    }

    @Override
    public List<MessageEvent> history(long id) {
        return jdbc.sql("select action, actor, at, from_status, to_status, detail from message_event "
                        + "where message_id = ? order by at, id")
                .param(id)
                .query((rs, n) -> new MessageEvent(
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("from_status") == null ? null : MessageStatus.valueOf(rs.getString("from_status")),
                        MessageStatus.valueOf(rs.getString("to_status")),
                        rs.getString("detail")))
                .list();
    }

    @Override
    public List<MessageLine> list(Collection<String> unitCodes, boolean unrouted, boolean openOnly, int limit) {
        List<String> units = unitCodes.isEmpty() ? List.of("") : List.copyOf(unitCodes);
        List<String> statuses = openOnly
                ? MessageStatus.OPEN.stream().map(Enum::name).toList()
                : java.util.Arrays.stream(MessageStatus.values())
                        .map(Enum::name)
                        .toList();
        return jdbc.sql("""
                select id, tracking_code, received_on, subject, sender_name, unit_code, status, due_date
                from message
                where (unit_code in (:units) or (:unrouted and (unit_code is null or status = :received)))
                  and status in (:statuses)
                order by received_on desc, id desc limit :limit""")
                .param("units", units)
                .param("unrouted", unrouted)
                .param("received", MessageStatus.RECEIVED.name())
                .param("statuses", statuses)
                .param("limit", limit)
                .query((rs, n) -> new MessageLine(
                        rs.getLong("id"),
                        rs.getString("tracking_code"),
                        rs.getDate("received_on").toLocalDate(),
                        rs.getString("subject"),
                        rs.getString("sender_name"),
                        rs.getString("unit_code"),
                        MessageStatus.valueOf(rs.getString("status")),
                        localDate(rs.getDate("due_date"))))
                .list();
    }

    @Override
    public List<PublishedAnswer> published(int limit) {
        return jdbc.sql("""
                select public_subject, public_body, public_reply, replied_on, unit_code from message
                where published order by replied_on desc, id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new PublishedAnswer(
                        rs.getString("public_subject"),
                        rs.getString("public_body"),
                        rs.getString("public_reply"),
                        rs.getDate("replied_on").toLocalDate(),
                        rs.getString("unit_code")))
                .list();
    }

    @Override
    public List<UnitYear> counts(int year) {
        return jdbc.sql("""
                select unit_code, count(*) as received,
                    count(replied_on) as answered,
                    count(*) filter (where published) as answered_publicly,
                    count(*) filter (where replied_on is not null and due_date is not null
                                     and replied_on <= due_date) as on_time
                from message where received_on between ? and ?
                group by unit_code order by unit_code nulls first""")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> new UnitYear(
                        rs.getString("unit_code"),
                        rs.getLong("received"),
                        rs.getLong("answered"),
                        rs.getLong("answered_publicly"),
                        rs.getLong("on_time")))
                .list();
    }

    private static Message map(ResultSet rs, int n) throws SQLException {
        Message.Intake intake = new Message.Intake(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("secret_hash"),
                rs.getString("sender_name"),
                rs.getString("sender_phone"),
                rs.getString("sender_email"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getBoolean("public_reply_wanted"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getDate("received_on").toLocalDate());
        String draftText = rs.getString("draft_text");
        String replyText = rs.getString("reply_text");
        String rating = rs.getString("rating");
        Message.State state = new Message.State(
                MessageStatus.valueOf(rs.getString("status")),
                rs.getString("unit_code"),
                localDate(rs.getDate("due_date")),
                draftText == null
                        ? null
                        : new Message.Draft(draftText, rs.getBoolean("draft_publish"), rs.getString("drafted_by")),
                rs.getString("return_note"),
                replyText == null
                        ? null
                        : new Message.Reply(
                                replyText,
                                rs.getDate("replied_on").toLocalDate(),
                                rs.getString("replied_by"),
                                rs.getString("approved_by")),
                rs.getBoolean("published")
                        ? new Message.Publication(
                                rs.getString("public_subject"),
                                rs.getString("public_body"),
                                rs.getString("public_reply"))
                        : null,
                rating == null ? null : Rating.valueOf(rating));
        return Message.restore(intake, state);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.name()));
        return out;
    }
}
