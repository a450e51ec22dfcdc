package org.gongkai.org.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.gongkai.org.SetupTokenRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSetupTokenRepository implements SetupTokenRepository {

    private final JdbcClient jdbc;

    JdbcSetupTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(String tokenHash, Instant created) {
        jdbc.sql("delete from setup_token").update();
        jdbc.sql("insert into setup_token (token_hash, created_at) values (?, ?)")
                .params(tokenHash, Timestamp.from(created))
                .update();
    }

    @Override
    public boolean exists(String tokenHash) {
        return jdbc.sql("select count(*) from setup_token where token_hash = ?")
                        .param(tokenHash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean consume(String tokenHash) {
        if (jdbc.sql("delete from setup_token where token_hash = ?")
                        .param(tokenHash)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("delete from setup_token").update();
        return true;
    }
}
