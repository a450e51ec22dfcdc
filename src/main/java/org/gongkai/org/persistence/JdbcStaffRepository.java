package org.gongkai.org.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.org.Role;
import org.gongkai.org.StaffAccount;
import org.gongkai.org.StaffRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcStaffRepository implements StaffRepository {

    private static final String COLUMNS =
            "username, password_hash, display_name, role, unit_code, enabled, failed_attempts, locked_until";
    private final JdbcClient jdbc;

    public JdbcStaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = ?")
                .param(username)
                .query(this::map)
                .optional();
    }

    @Override
    public List<StaffAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from staff_account order by unit_code, username")
                .query(this::map)
                .list();
    }

    @Override
    public void insert(StaffAccount a) {
        jdbc.sql("insert into staff_account (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.username(),
                        a.passwordHash(),
                        a.displayName(),
                        a.role().name(),
                        a.unitCode(),
                        a.enabled(),
                        a.failedAttempts(),
                        a.lockedUntil() == null ? null : Timestamp.from(a.lockedUntil()))
                .update();
    }

    @Override
    public int recordFailure(String username) {
        return jdbc.sql("update staff_account set failed_attempts = failed_attempts + 1 where username = ? "
                        + "returning failed_attempts")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    @Override
    public void lockUntil(String username, Instant until) {
        jdbc.sql("update staff_account set locked_until = ?, failed_attempts = 0 where username = ?")
                .params(Timestamp.from(until), username)
                .update();
    }

    @Override
    public void resetFailures(String username) {
        jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null where username = ?")
                .param(username)
                .update();
    }

    @Override
    public boolean setPassword(String username, String passwordHash) {
        return jdbc.sql("update staff_account set password_hash = ?, failed_attempts = 0, locked_until = null "
                                + "where username = ?")
                        .params(passwordHash, username)
                        .update()
                == 1;
    }

    @Override
    public boolean mustChangePassword(String username) {
        return jdbc.sql("select must_change_password from staff_account where username = ?")
                .param(username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Override
    public void setMustChangePassword(String username, boolean must) {
        jdbc.sql("update staff_account set must_change_password = ? where username = ?")
                .params(must, username)
                .update();
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update staff_account set enabled = ? where username = ?")
                        .params(enabled, username)
                        .update()
                == 1;
    }

    private StaffAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new StaffAccount(
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("unit_code"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }
}
