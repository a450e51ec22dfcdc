package org.gongkai.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL whose files live in a directory and survive restarts. One server per directory
 * and JVM, so that test contexts sharing a directory share the server.
 */
public final class EmbeddedDatabase {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {}

    /**
     * Starts (or reuses) the server for a directory.
     *
     * @param fresh wipe the directory first, once per JVM (tests)
     */
    public static DataSource start(Path dir, boolean fresh) {
        EmbeddedPostgres pg = RUNNING.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            if (fresh) {
                deleteTree(d);
            }
            return boot(d);
        });
        return pg.getPostgresDatabase(Map.of("stringtype", "unspecified"));
    }

    private static EmbeddedPostgres boot(Path dir) {
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL failed to start in " + dir, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
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
