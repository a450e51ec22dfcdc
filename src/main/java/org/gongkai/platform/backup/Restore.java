package org.gongkai.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * Reads a backup back: first every file is checked against the manifest's SHA-256 (nothing is touched when one is
 * missing or changed); then the schema is made by the application's own migrations up to the backup's version,
 * every table is emptied and loaded in one transaction (triggers off, so rows go in as they were, whatever order
 * the foreign keys would want), the sequences are set, and the data directory's files are put back.
 */
public final class Restore {

    private static final String MIGRATIONS = "classpath:db/migration";

    private Restore() {}

    /** Checks every file of the backup in {@code dir}; returns its manifest. */
    public static BackupManifest verify(Path dir) {
        BackupManifest manifest = BackupManifest.read(dir);
        for (BackupManifest.Table t : manifest.tables()) {
            check(dir.resolve(t.file()), t.sha256());
        }
        for (BackupManifest.DataFile f : manifest.files()) {
            check(dir.resolve("files").resolve(f.path()), f.sha256());
        }
        return manifest;
    }

    /** Fails when {@code dataDir} exists and is not an empty directory. */
    public static void requireEmpty(Path dataDir) {
        try {
            if (Files.exists(dataDir) && (!Files.isDirectory(dataDir) || Backup.hasEntries(dataDir))) {
                throw new BackupException("restore.target.not-empty", dataDir.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the verified backup into a fresh database: {@code application} is the application's connection (the
     * migrations run as it, so it owns the tables), {@code superuser} loads the rows.
     */
    public static void load(Path dir, BackupManifest manifest, DataSource application, DataSource superuser) {
        migrate(application, manifest.schemaVersion());
        try (Connection c = superuser.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                Set<String> present = new HashSet<>(Schema.tables(c));
                for (BackupManifest.Table t : manifest.tables()) {
                    if (!present.contains(t.name())) {
                        throw new BackupException("restore.table.unknown", t.name());
                    }
                }
                s.execute("truncate "
                        + String.join(", ", present.stream().map(Schema::quote).toList()));
                for (BackupManifest.Table t : manifest.tables()) {
                    copyIn(c, dir.resolve(t.file()), t);
                }
                for (BackupManifest.Sequence q : manifest.sequences()) {
                    s.execute("select setval('" + Schema.quote(q.name()).replace("'", "''") + "', " + q.lastValue()
                            + ", true)");
                }
                s.execute("set session_replication_role = origin");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        }
    }

    /** Puts the data directory's files back. */
    public static void files(Path dir, BackupManifest manifest, Path dataDir) {
        try {
            for (BackupManifest.DataFile f : manifest.files()) {
                Path to = dataDir.resolve(f.path()).normalize();
                if (!to.startsWith(dataDir)) {
                    throw new BackupException("backup.manifest.unreadable", f.path());
                }
                Files.createDirectories(to.getParent());
                Files.copy(dir.resolve("files").resolve(f.path()), to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void migrate(DataSource application, String version) {
        var config = Flyway.configure().dataSource(application).locations(MIGRATIONS);
        if (version != null) {
            MigrationVersion target = MigrationVersion.fromVersion(version);
            boolean known = List.of(config.load().info().all()).stream().anyMatch(m -> target.equals(m.getVersion()));
            if (!known) {
                throw new BackupException("restore.version.unknown", version);
            }
            config.target(target);
        }
        config.load().migrate();
    }

    private static void copyIn(Connection c, Path file, BackupManifest.Table t) throws SQLException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
            long rows = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + Schema.quote(t.name()) + " from stdin", in);
            if (rows != t.rows()) {
                throw new BackupException("backup.file.changed", file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Path file, String sha256) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("backup.file.missing", file.toString());
        }
        if (!Checksums.of(file).equals(sha256)) {
            throw new BackupException("backup.file.changed", file.toString());
        }
    }
}
