package org.gongkai.requests.persistence;

import java.util.Optional;
import org.gongkai.requests.LetterSettings;
import org.gongkai.requests.LetterSettingsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLetterSettingsStore implements LetterSettingsStore {

    private final JdbcClient jdbc;

    JdbcLetterSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LetterSettings> find(String code) {
        return jdbc.sql("select reconsideration_body, court, contact_person, contact_phone, fee_payment "
                        + "from letter_settings where code = ?")
                .param(code)
                .query((rs, n) -> new LetterSettings(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    @Override
    public void save(String code, LetterSettings s) {
        jdbc.sql("insert into letter_settings (code, reconsideration_body, court, contact_person, contact_phone, "
                        + "fee_payment) values (?, ?, ?, ?, ?, ?) on conflict (code) do update set "
                        + "reconsideration_body = excluded.reconsideration_body, court = excluded.court, "
                        + "contact_person = excluded.contact_person, contact_phone = excluded.contact_phone, "
                        + "fee_payment = excluded.fee_payment, updated_at = now()")
                .params(code, s.reconsiderationBody(), s.court(), s.contactPerson(), s.contactPhone(), s.feePayment())
                .update();
    }
}
