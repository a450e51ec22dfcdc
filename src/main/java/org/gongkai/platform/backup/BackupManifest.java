package org.gongkai.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup directory holds ({@value #FILE}, written last: a directory without it is no complete backup): the
 * schema version (Flyway) the tables were dumped at, each table's file with its row count and SHA-256, the
 * sequences' values, and the data directory's own files with their SHA-256.
 */
public record BackupManifest(
        int format,
        Instant createdAt,
        String schemaVersion,
        List<Table> tables,
        List<Sequence> sequences,
        List<DataFile> files) {

    public static final String FILE = "manifest.json";
    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A table's rows in PostgreSQL's COPY text format, gzip-compressed, in {@code file} (relative). */
    public record Table(String name, long rows, String file, String sha256) {}

    /** A sequence's last value ({@code setval(name, lastValue, true)} on restore). */
    public record Sequence(String name, long lastValue) {}

    /** A file of the data directory (relative path there), stored under {@code files/} in the backup. */
    public record DataFile(String path, long bytes, String sha256) {}

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(Path dir) {
        try {
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BackupManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupException("backup.incomplete", dir.toString());
        }
        try {
            return JSON.readValue(Files.readAllBytes(file), BackupManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new BackupException("backup.manifest.unreadable", file.toString());
        }
    }
}
