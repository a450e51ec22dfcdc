package org.gongkai.requests.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.gongkai.rendering.Face;
import org.gongkai.requests.LetterSettings;
import org.gongkai.requests.LetterSettingsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLetterSettingsStore implements LetterSettingsStore {

    private static final String COLUMNS = "issuing_body, reconsideration_body, court, contact_person, contact_phone, "
            + "fee_payment, title_face, body_face";

    private final JdbcClient jdbc;

    JdbcLetterSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LetterSettings> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from letter_settings where code = ?")
                .param(code)
                .query((rs, n) -> settings(rs))
                .optional();
    }

    @Override
    public Optional<byte[]> seal(String code) {
        return jdbc.sql("select seal_png from letter_settings where code = ? and seal_png is not null")
                .param(code)
                .query(byte[].class)
                .optional();
    }

    @Override
    public int version(String code) {
        return jdbc.sql("select coalesce(max(version), 0) from letter_settings where code = ?")
                .param(code)
                .query(Integer.class)
                .single();
    }

    @Override
    public int save(String code, LetterSettings s, byte[] sealPng, String by, Instant at) {
        Timestamp when = Timestamp.from(at);
        int version = jdbc.sql("insert into letter_settings (code, " + COLUMNS + ", seal_png, updated_by, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do update set "
                        + "issuing_body = excluded.issuing_body, reconsideration_body = excluded.reconsideration_body, "
                        + "court = excluded.court, contact_person = excluded.contact_person, "
                        + "contact_phone = excluded.contact_phone, fee_payment = excluded.fee_payment, "
                        + "title_face = excluded.title_face, body_face = excluded.body_face, "
                        + "seal_png = excluded.seal_png, updated_by = excluded.updated_by, "
                        + "updated_at = excluded.updated_at, version = letter_settings.version + 1 returning version")
                .params(
                        code,
                        s.issuingBody(),
                        s.reconsiderationBody(),
                        s.court(),
                        s.contactPerson(),
                        s.contactPhone(),
                        s.feePayment(),
                        key(s.titleFace()),
                        key(s.bodyFace()),
                        sealPng,
                        by,
                        when)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into letter_settings_version (code, version, " + COLUMNS + ", seal_png, saved_by, saved_at) "
                        + "select code, version, " + COLUMNS + ", seal_png, ?, ? from letter_settings where code = ?")
                .params(by, when, code)
                .update();
        return version;
    }

    private static LetterSettings settings(ResultSet rs) throws SQLException {
        return new LetterSettings(
                rs.getString("issuing_body"),
                rs.getString("reconsideration_body"),
                rs.getString("court"),
                rs.getString("contact_person"),
                rs.getString("contact_phone"),
                rs.getString("fee_payment"),
                Face.fromKey(rs.getString("title_face")).orElse(null),
                Face.fromKey(rs.getString("body_face")).orElse(null));
    }

    private static String key(Face f) {
        return f == null ? null : f.key();
    }
}
