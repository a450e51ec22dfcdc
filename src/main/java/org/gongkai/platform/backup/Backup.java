package org.gongkai.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Writes a backup of the platform's database and data directory into an empty directory: every table of the
 * application's schema copied out (PostgreSQL COPY, gzip) inside one read-only repeatable-read transaction, so the
 * tables agree with each other as of one moment even while the server keeps working; the sequences; the data
 * directory's own files ({@link DataDirFiles}); and last the {@link BackupManifest} with every file's SHA-256.
 */
public final class Backup {

    private final Clock clock;

    public Backup(Clock clock) {
        this.clock = clock;
    }

    /** Backs up into {@code target} (created; must be empty); returns the manifest written. */
    public BackupManifest write(DataSource database, Path dataDir, Path target) {
        requireEmpty(target);
        try {
            Files.createDirectories(target.resolve("db"));
            BackupManifest manifest;
            try (Connection c = database.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                String version = schemaVersion(c);
                List<BackupManifest.Table> tables = new ArrayList<>();
                for (String table : Schema.tables(c)) {
                    tables.add(copyOut(c, table, target));
                }
                List<BackupManifest.Sequence> sequences = sequences(c);
                c.commit();
                manifest = new BackupManifest(
                        BackupManifest.FORMAT, clock.instant(), version, tables, sequences, copyFiles(dataDir, target));
            }
            manifest.write(target);
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when {@code dir} exists and is not an empty directory. */
    public static void requireEmpty(Path dir) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || hasEntries(dir))) {
                throw new BackupException("backup.target.not-empty", dir.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean hasEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static BackupManifest.Table copyOut(Connection c, String table, Path target)
            throws SQLException, IOException {
        String file = "db/" + table + ".copy.gz";
        MessageDigest digest = Checksums.sha256();
        long rows;
        try (OutputStream out = new GZIPOutputStream(
                new DigestOutputStream(Files.newOutputStream(target.resolve(file)), digest), 64 * 1024)) {
            rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + Schema.quote(table) + " to stdout", out);
        }
        return new BackupManifest.Table(table, rows, file, Checksums.hex(digest));
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from flyway_schema_history where success "
                        + "and version is not null order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
        List<BackupManifest.Sequence> list = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sequencename, last_value from pg_sequences "
                        + "where schemaname = current_schema() and last_value is not null order by 1")) {
            while (rs.next()) {
                list.add(new BackupManifest.Sequence(rs.getString(1), rs.getLong(2)));
            }
        }
        return list;
    }

    private static List<BackupManifest.DataFile> copyFiles(Path dataDir, Path target) throws IOException {
        List<BackupManifest.DataFile> files = new ArrayList<>();
        for (Path relative : DataDirFiles.of(dataDir, target)) {
            Path to = target.resolve("files").resolve(relative.toString());
            Files.createDirectories(to.getParent());
            Files.copy(dataDir.resolve(relative), to);
            files.add(new BackupManifest.DataFile(
                    relative.toString().replace('\\', '/'), Files.size(to), Checksums.of(to)));
        }
        return files;
    }
}
