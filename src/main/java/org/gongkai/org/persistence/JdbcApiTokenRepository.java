package org.gongkai.org.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.org.ApiToken;
import org.gongkai.org.ApiTokenRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcApiTokenRepository implements ApiTokenRepository {

    private static final String COLUMNS = "id, username, created_at, expires_at, revoked_at";
    private final JdbcClient jdbc;

    public JdbcApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(String username, String tokenHash, Instant created, Instant expires) {
        return jdbc.sql("insert into api_token (username, token_hash, created_at, expires_at) values (?, ?, ?, ?) "
                        + "returning id")
                .params(username, tokenHash, Timestamp.from(created), Timestamp.from(expires))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from api_token where token_hash = ?")
                .param(tokenHash)
                .query(this::map)
                .optional();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    @Override
    public List<ApiToken> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from api_token where username = ? order by id")
                .param(username)
                .query(this::map)
                .list();
    }

    @Override
    public void revoke(long id, Instant at) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), id)
                .update();
    }

    @Override
    public int revokeAll(String username, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ? where username = ? and revoked_at is null")
                .params(Timestamp.from(at), username)
                .update();
    }

    private ApiToken map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
