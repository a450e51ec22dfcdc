package org.gongkai.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An embedded PostgreSQL whose files live in {@code DATA_DIR/pg} and survive restarts. One server per directory
 * and JVM, so that test contexts sharing a directory share the server.
 *
 * <p>Durable unless told otherwise (fsync, synchronous commit and full-page writes on: an acknowledged commit is
 * on disk); password-protected (see {@link AccessControl}, {@link DatabaseSecrets}); listening on 127.0.0.1 only;
 * a server left behind by a killed application is stopped before the start ({@link LeftoverServer}), and a
 * {@link Watchdog} stops the server when its JVM dies.
 */
public final class EmbeddedDatabase {

    private static final Map<Path, Running> RUNNING = new ConcurrentHashMap<>();
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private EmbeddedDatabase() {}

    /**
     * How to start: {@code fresh} wipes the database first, once per JVM (tests); {@code durable} false trades
     * crash safety for speed (tests only); {@code port} 0 picks a free port.
     */
    public record Options(boolean fresh, boolean durable, int port) {

        public static Options production() {
            return new Options(false, true, 0);
        }
    }

    /** Where and how the application connects: the JDBC URL, the role, its password and the file holding it. */
    public record Endpoint(String jdbcUrl, String user, String password, Path passwordFile) {

        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(jdbcUrl);
            ds.setUser(user);
            ds.setPassword(password);
            ds.setStringType("unspecified");
            return ds;
        }
    }

    private record Running(EmbeddedPostgres server, Watchdog watchdog, Endpoint endpoint) {}

    /** Starts (or reuses, within this JVM) the server for a data directory. */
    public static Endpoint start(Path dataDir, Options options) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dir, d -> boot(d, options)).endpoint();
    }

    /** Stops the server this JVM started for a data directory, if any (a clean shutdown: a checkpoint, then exit). */
    public static void stop(Path dataDir) {
        Running running = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (running != null) {
            running.watchdog().stop();
            closeQuietly(running.server());
        }
    }

    /**
     * The database of a data directory for a tool that works beside the server ({@code backup}): the server that
     * another process ({@code serve}, {@code db start}) runs on it, reached through its port and the application's
     * password; else one started here ({@link Attached#startedHere()}: the caller stops it). Fails
     * (IllegalStateException) when the directory holds no database.
     */
    public static Attached attach(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path pgDir = dir.resolve("pg");
        if (!Files.exists(pgDir.resolve("PG_VERSION"))) {
            throw new IllegalStateException("no embedded database in " + dir);
        }
        Running here = RUNNING.get(dir);
        if (here != null) {
            return new Attached(here.endpoint(), false);
        }
        try {
            requireNoOtherOwner(pgDir);
        } catch (IllegalStateException runningElsewhere) {
            return new Attached(runningEndpoint(dir, pgDir), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Attached(start(dir, Options.production()), true);
    }

    /** A database reached by {@link #attach}; {@code startedHere} when this process started it. */
    public record Attached(Endpoint endpoint, boolean startedHere) {}

    /**
     * The superuser's connection to the application's database of a server this JVM started (restores load
     * tables with triggers off, which only the superuser may do).
     */
    public static DataSource superuser(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Running running = RUNNING.get(dir);
        if (running == null) {
            throw new IllegalStateException("the embedded database in " + dir + " is not running in this process");
        }
        return AccessControl.superuser(running.server().getPort(), AccessControl.APP_DATABASE, DatabaseSecrets.in(dir));
    }

    private static Endpoint runningEndpoint(Path dir, Path pgDir) {
        try {
            // postmaster.pid: pid, data directory, start time, port, ...
            List<String> lines = Files.readAllLines(pgDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            int port = Integer.parseInt(lines.get(3).strip());
            DatabaseSecrets secrets = DatabaseSecrets.in(dir);
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + AccessControl.APP_DATABASE;
            return new Endpoint(url, AccessControl.APP_ROLE, secrets.appPassword(), secrets.appPasswordFile());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "the database in " + pgDir + " is in use but its server cannot be found", e);
        }
    }

    /** A throw-away durable-off database in {@code dataDir}, wiped first (benchmarks). */
    public static DataSource startScratch(Path dataDir) {
        return start(dataDir, new Options(true, false, 0)).dataSource();
    }

    private static Running boot(Path dataDir, Options options) {
        Path pgDir = dataDir.resolve("pg");
        try {
            Files.createDirectories(dataDir);
            if (options.fresh()) {
                deleteTree(pgDir);
            }
            requireNoOtherOwner(pgDir);
            LeftoverServer.clear(pgDir);
            DatabaseSecrets secrets = DatabaseSecrets.in(dataDir);
            EmbeddedPostgres pg = builder(pgDir, options, secrets).start();
            AccessControl.secure(pgDir, pg.getPort(), secrets);
            Watchdog watchdog = Watchdog.watch(serverPid(pgDir), pgDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                watchdog.stop();
                closeQuietly(pg);
            }));
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + AccessControl.APP_DATABASE;
            return new Running(
                    pg,
                    watchdog,
                    new Endpoint(url, AccessControl.APP_ROLE, secrets.appPassword(), secrets.appPasswordFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL failed to start in " + pgDir, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path pgDir, Options options, DatabaseSecrets secrets) {
        String durable = options.durable() ? "on" : "off";
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(STARTUP_WAIT)
                // the library passes -F (fsync off) and synchronous_commit=off; these settings come later and win
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
                // the library hands these to initdb as --key=value: a fresh directory gets the superuser's
                // password and password authentication from the start (its own -A trust comes first and loses)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("pwfile", secrets.superuserPasswordFile().toString())
                .setLocaleConfig("auth", "scram-sha-256")
                .setConnectConfig("password", secrets.superuserPassword());
        if (options.port() > 0) {
            b.setPort(options.port());
        }
        return b;
    }

    /**
     * Fails when another living process (a running {@code serve} or {@code db start}) holds the directory's lock;
     * only then may a server found on the directory be treated as left over.
     */
    private static void requireNoOtherOwner(Path pgDir) throws IOException {
        Path lockFile = pgDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return; // never started: nothing can run on it (and initdb wants the directory empty)
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another process is using the database in " + pgDir
                        + " (a running ./gongkai serve or db start); stop it first");
            }
            lock.release();
        }
    }

    private static long serverPid(Path pgDir) throws IOException {
        List<String> lines = Files.readAllLines(pgDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        return Long.parseLong(lines.get(0).strip());
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // shutting down anyway
        }
    }
}
