package org.gongkai.requests.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.requests.Letter;
import org.gongkai.requests.LetterMail;
import org.gongkai.requests.LetterStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLetterStore implements LetterStore {

    private final JdbcClient jdbc;

    JdbcLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextNumber(String unitCode, int year) {
        return jdbc.sql("insert into request_letter_counter (unit_code, year, last_seq) values (?, ?, 1) "
                        + "on conflict (unit_code, year) do update set last_seq = request_letter_counter.last_seq + 1 "
                        + "returning last_seq")
                .params(unitCode, year)
                .query(Integer.class)
                .single();
    }

    @Override
    public Optional<String> shortName(String unitCode) {
        return jdbc.sql("select short_name from request_unit_short_name where unit_code = ?")
                .param(unitCode)
                .query(String.class)
                .optional();
    }

    @Override
    public void setShortName(String unitCode, String shortName) {
        jdbc.sql("insert into request_unit_short_name (unit_code, short_name) values (?, ?) on conflict (unit_code) "
                        + "do update set short_name = excluded.short_name")
                .params(unitCode, shortName)
                .update();
    }

    @Override
    public long add(
            long requestId,
            String unitCode,
            String kind,
            int year,
            int seq,
            String letterNo,
            LocalDate issuedOn,
            String body,
            String xhtml,
            boolean released,
            String issuedBy) {
        return jdbc.sql("insert into request_letter (request_id, unit_code, kind, year, seq, letter_no, issued_on, "
                        + "body, xhtml, released, issued_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        requestId,
                        unitCode,
                        kind,
                        year,
                        seq,
                        letterNo,
                        Date.valueOf(issuedOn),
                        body,
                        xhtml,
                        released,
                        issuedBy)
                .query(Long.class)
                .single();
    }

    @Override
    public List<Letter> forRequest(long requestId) {
        return jdbc.sql("select * from request_letter where request_id = ? order by id")
                .param(requestId)
                .query(this::map)
                .list();
    }

    @Override
    public void recordMail(LetterMail mail, Instant at) {
        jdbc.sql("insert into request_letter_mail (letter_id, mail_number, posted_on, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (letter_id) do update set mail_number = excluded.mail_number, "
                        + "posted_on = excluded.posted_on, recorded_by = excluded.recorded_by, "
                        + "recorded_at = excluded.recorded_at")
                .params(
                        mail.letterId(),
                        mail.mailNumber(),
                        Date.valueOf(mail.postedOn()),
                        mail.recordedBy(),
                        Timestamp.from(at))
                .update();
    }

    @Override
    public Map<Long, LetterMail> mailFor(long requestId) {
        Map<Long, LetterMail> out = new LinkedHashMap<>();
        jdbc.sql("select m.letter_id, m.mail_number, m.posted_on, m.recorded_by from request_letter_mail m "
                        + "join request_letter l on l.id = m.letter_id where l.request_id = ? order by m.letter_id")
                .param(requestId)
                .query((rs, i) -> new LetterMail(
                        rs.getLong("letter_id"),
                        rs.getString("mail_number"),
                        rs.getDate("posted_on").toLocalDate(),
                        rs.getString("recorded_by")))
                .list()
                .forEach(m -> out.put(m.letterId(), m));
        return out;
    }

    @Override
    public Optional<Letter> find(long id) {
        return jdbc.sql("select * from request_letter where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    private Letter map(ResultSet rs, int row) throws SQLException {
        return new Letter(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getString("unit_code"),
                rs.getString("kind"),
                rs.getString("letter_no"),
                rs.getDate("issued_on").toLocalDate(),
                rs.getString("body"),
                rs.getString("xhtml"),
                rs.getBoolean("released"),
                rs.getString("issued_by"));
    }
}
