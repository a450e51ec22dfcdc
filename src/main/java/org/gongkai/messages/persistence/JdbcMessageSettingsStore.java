package org.gongkai.messages.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalInt;
import org.gongkai.messages.MessageSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMessageSettingsStore implements MessageSettings.Store {

    private final JdbcClient jdbc;

    JdbcMessageSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalInt replyDays(String governmentCode) {
        return jdbc.sql("select reply_days from message_setting where government_code = ?")
                .param(governmentCode)
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    @Override
    public void setReplyDays(String governmentCode, int days, String actor, Instant at) {
        jdbc.sql("""
                insert into message_setting (government_code, reply_days, changed_by, changed_at)
                values (?, ?, ?, ?)
                on conflict (government_code) do update
                set reply_days = excluded.reply_days, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at""").params(governmentCode, days, actor, Timestamp.from(at)).update();
    }
}
