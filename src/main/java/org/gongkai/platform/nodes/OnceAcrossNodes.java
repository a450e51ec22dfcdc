package org.gongkai.platform.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs that must run once however many application nodes share the database (the nightly expiry, the
 * purge of old counters): every node's scheduler fires, one node runs the job. The node takes the job's PostgreSQL
 * advisory lock (no two runs overlap), then claims the job in {@code platform_job_run} only if it was last started
 * more than the job's period ago; a node that finds the lock taken or the job already claimed skips it.
 */
@Component
public class OnceAcrossNodes {

    private static final Logger LOG = LoggerFactory.getLogger(OnceAcrossNodes.class);
    /** Advisory lock keys of these jobs: (this class id, hash of the job name). */
    private static final int LOCK_SPACE = 0x676b6a62; // "gkjb"

    private final DataSource dataSource;
    private final NodeSignals signals;
    private final Clock clock;

    OnceAcrossNodes(DataSource dataSource, NodeSignals signals, Clock clock) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Runs {@code work} here unless another node runs it now or started it less than {@code period} ago (a nightly
     * job passes a period shorter than a day, e.g. 12 hours). Returns whether this node ran it.
     */
    public boolean run(String job, Duration period, Runnable work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!tryLock(c, job)) {
                LOG.debug("job {} runs on another node", job);
                return false;
            }
            try {
                if (!claim(c, job, period)) {
                    LOG.debug("job {} already ran within {}", job, period);
                    return false;
                }
                work.run();
                return true;
            } finally {
                unlock(c, job);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot coordinate job " + job, e);
        }
    }

    private static boolean tryLock(Connection c, String job) throws SQLException {
        return bool(c, "select pg_try_advisory_lock(?, hashtext(?))", job);
    }

    private static void unlock(Connection c, String job) throws SQLException {
        bool(c, "select pg_advisory_unlock(?, hashtext(?))", job);
    }

    private boolean claim(Connection c, String job, Duration period) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement s = c.prepareStatement("""
                insert into platform_job_run (job, last_started, last_node) values (?, ?, ?)
                on conflict (job) do update set last_started = excluded.last_started, last_node = excluded.last_node
                where platform_job_run.last_started <= ?
                returning job""")) {
            s.setString(1, job);
            s.setTimestamp(2, Timestamp.from(now));
            s.setString(3, signals.node());
            s.setTimestamp(4, Timestamp.from(now.minus(period)));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean bool(Connection c, String sql, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, LOCK_SPACE);
            s.setString(2, job);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
