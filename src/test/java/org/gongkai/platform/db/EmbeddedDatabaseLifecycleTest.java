package org.gongkai.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database's life: a server left by a killed JVM does not stop the next start; a watchdog stops the
 * server when its JVM dies; it is locked down (passwords, no superuser for the application, 127.0.0.1 only); and a
 * data directory of an earlier version (trust, data in database postgres) is brought to that state.
 */
class EmbeddedDatabaseLifecycleTest {

    @TempDir
    Path dir;

    private Process dbStart(Path dataDir) throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process p = ChildProcesses.gongkai(log, "db", "start", "--data-dir", dataDir.toString());
        ChildProcesses.waitFor(
                () -> {
                    try {
                        return Files.exists(log) && Files.readString(log).contains("GONGKAI_DB_URL=");
                    } catch (java.io.IOException e) {
                        return false;
                    }
                },
                60_000,
                "db start");
        return p;
    }

    @Test
    void givenJavaAndItsWatchdogKilled_whenStartingAgain_thenTheLeftoverServerIsStoppedAndTheStartSucceedsFirstTime()
            throws Exception {
        Path data = dir.resolve("orphan");
        Process db = dbStart(data);
        ProcessHandle orphan = ChildProcesses.postmaster(data).orElseThrow();
        db.descendants().filter(p -> p.pid() != orphan.pid()).forEach(ProcessHandle::destroyForcibly);
        db.destroyForcibly();
        db.waitFor();
        Thread.sleep(1500);
        assertThat(orphan.isAlive())
                .as("the server outlives a JVM killed with its watchdog")
                .isTrue();

        EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(data, EmbeddedDatabase.Options.production());

        assertThat(orphan.isAlive()).isFalse();
        JdbcClient app = JdbcClient.create(endpoint.dataSource());
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("gongkai");
        lockedDown(data, endpoint);
    }

    @Test
    void givenTheJvmKilled_thenTheWatchdogStopsItsServer() throws Exception {
        Path data = dir.resolve("watched");
        Process db = dbStart(data);
        ProcessHandle server = ChildProcesses.postmaster(data).orElseThrow();

        db.destroyForcibly();
        db.waitFor();

        ChildProcesses.waitFor(() -> !server.isAlive(), 15_000, "the server to stop after its JVM was killed");
        assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).isFalse();
    }

    @Test
    void givenADataDirectoryOfAnEarlierVersion_whenStarted_thenItsDataMovesToTheApplicationsRoleAndTrustIsGone()
            throws Exception {
        Path data = dir.resolve("earlier");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(data.resolve("pg"))
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table flyway_schema_history (installed_rank int primary key)");
            s.execute("create table unit (id bigserial primary key, name text)");
            s.execute("insert into unit (name) values ('示例县人民政府')");
        }
        assertThat(Files.readString(data.resolve("pg/pg_hba.conf"))).contains("trust");

        EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(data, EmbeddedDatabase.Options.production());

        JdbcClient app = JdbcClient.create(endpoint.dataSource());
        assertThat(app.sql("select name from unit").query(String.class).single())
                .isEqualTo("示例县人民政府");
        app.sql("insert into unit (name) values ('城关镇')").update();
        assertThat(app.sql("select tableowner from pg_tables where tablename = 'unit'")
                        .query(String.class)
                        .single())
                .isEqualTo("gongkai");
        lockedDown(data, endpoint);
    }

    private void lockedDown(Path data, EmbeddedDatabase.Endpoint endpoint) throws Exception {
        int port = Integer.parseInt(endpoint.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
        String postgres = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        assertThatThrownBy(() -> connect(postgres, "postgres", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(postgres, "postgres", "postgres")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(endpoint.jdbcUrl(), "gongkai", null)).isInstanceOf(SQLException.class);
        try (Connection c = connect(
                        postgres,
                        "postgres",
                        Files.readString(data.resolve("db-superuser-password")).strip());
                var rs = c.createStatement().executeQuery("select rolsuper from pg_roles where rolname = 'gongkai'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1))
                    .as("the application's role is no superuser")
                    .isFalse();
        }
        JdbcClient app = JdbcClient.create(endpoint.dataSource());
        assertThat(app.sql("show listen_addresses").query(String.class).single())
                .isEqualTo("127.0.0.1");
        assertThat(Files.readString(data.resolve("pg/pg_hba.conf")))
                .doesNotContainPattern("(?m)^[^#].*\\btrust\\b")
                .contains("scram-sha-256");
        for (String f : new String[] {"db-password", "db-superuser-password"}) {
            assertThat(Files.getPosixFilePermissions(data.resolve(f)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(endpoint.passwordFile()).isEqualTo(data.resolve("db-password"));
        assertThat(Files.readString(endpoint.passwordFile()).strip()).hasSizeGreaterThanOrEqualTo(40);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }
}
